CREATE TABLE products (
    id integer PRIMARY KEY,
    price numeric CHECK (price > 0),
    discount numeric,
    CONSTRAINT discount_le_price CHECK (discount <= price)
);
