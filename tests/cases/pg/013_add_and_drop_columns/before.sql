CREATE TABLE events (
    id bigint PRIMARY KEY,
    kind text,
    old_payload text
);
