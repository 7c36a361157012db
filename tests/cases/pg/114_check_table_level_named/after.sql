CREATE TABLE products (
    id integer PRIMARY KEY,
    stock integer NOT NULL,
    CONSTRAINT stock_non_negative CHECK (stock >= 0)
);
