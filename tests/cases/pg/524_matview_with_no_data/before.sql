CREATE TABLE metrics (
    id bigint PRIMARY KEY,
    value double precision
);
