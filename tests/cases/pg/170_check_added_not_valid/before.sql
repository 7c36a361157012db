CREATE TABLE orders (
    id integer PRIMARY KEY,
    qty integer NOT NULL
);
