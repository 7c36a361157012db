CREATE TABLE logs (
    id bigint PRIMARY KEY,
    at timestamptz
);
