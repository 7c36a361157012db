CREATE SCHEMA shop;

CREATE TYPE shop.order_status AS ENUM ('new', 'paid');

CREATE TABLE shop.orders (
    id integer PRIMARY KEY,
    status shop.order_status DEFAULT 'new'
);
