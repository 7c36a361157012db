CREATE TABLE readings (
    id bigint PRIMARY KEY,
    taken_at timestamptz NOT NULL,
    value double precision
);

CREATE INDEX readings_taken_at_brin ON readings USING brin (taken_at);
