CREATE SCHEMA app;

CREATE TABLE app.events (
    id bigint PRIMARY KEY,
    kind text
);

CREATE INDEX events_kind_idx ON app.events (kind);
