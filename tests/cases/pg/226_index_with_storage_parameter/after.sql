CREATE TABLE logs (
    id bigint PRIMARY KEY,
    at timestamptz
);

CREATE INDEX logs_at_idx ON logs (at) WITH (fillfactor = 70);
