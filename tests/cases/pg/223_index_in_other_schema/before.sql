CREATE SCHEMA app;

CREATE TABLE app.events (
    id bigint PRIMARY KEY,
    kind text
);
