CREATE TABLE devices (
    id integer PRIMARY KEY,
    serial text UNIQUE NULLS NOT DISTINCT
);
