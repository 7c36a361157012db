CREATE TABLE events (
    id bigint PRIMARY KEY,
    payload jsonb,
    created_at timestamp
);
