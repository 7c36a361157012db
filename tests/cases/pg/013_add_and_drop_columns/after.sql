CREATE TABLE events (
    id bigint PRIMARY KEY,
    kind text,
    payload jsonb,
    occurred_at timestamptz
);
