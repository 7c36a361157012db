CREATE TABLE products (
    id integer PRIMARY KEY,
    name text NOT NULL,
    legacy_code varchar(20),
    price numeric(10,2)
);
