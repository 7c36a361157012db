CREATE TABLE products (
    id integer PRIMARY KEY,
    price numeric,
    discount numeric
);
