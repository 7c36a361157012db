CREATE SCHEMA app;
CREATE SCHEMA reporting;

CREATE TABLE app.accounts (
    id bigint PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE reporting.daily_totals (
    day date PRIMARY KEY,
    total numeric(12,2)
);
