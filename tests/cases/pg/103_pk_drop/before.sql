CREATE TABLE staging_rows (
    id integer PRIMARY KEY,
    data text
);
