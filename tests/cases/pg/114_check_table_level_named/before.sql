CREATE TABLE products (
    id integer PRIMARY KEY,
    stock integer NOT NULL
);
