CREATE TABLE staging_rows (
    id integer NOT NULL,
    data text
);
