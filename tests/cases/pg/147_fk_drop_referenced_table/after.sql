CREATE TABLE parts (
    id integer PRIMARY KEY,
    vendor_id integer
);
