CREATE TABLE devices (
    id integer PRIMARY KEY,
    serial text,
    vendor text
);
