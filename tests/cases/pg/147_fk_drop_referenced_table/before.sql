CREATE TABLE vendors (
    id integer PRIMARY KEY
);

CREATE TABLE parts (
    id integer PRIMARY KEY,
    vendor_id integer REFERENCES vendors (id)
);
