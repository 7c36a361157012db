CREATE TABLE products (
    id INTEGER PRIMARY KEY,
    sku TEXT NOT NULL,
    name TEXT NOT NULL,
    price NUMERIC
);

CREATE UNIQUE INDEX products_sku_key ON products (sku);
CREATE INDEX products_name_idx ON products (name);
CREATE INDEX products_price_idx ON products (price DESC);
