CREATE TABLE products (
    id integer PRIMARY KEY,
    name text NOT NULL,
    in_stock boolean NOT NULL DEFAULT true,
    quantity integer NOT NULL DEFAULT 0
);
