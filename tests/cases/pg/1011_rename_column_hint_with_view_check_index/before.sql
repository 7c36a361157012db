CREATE TABLE products (
    id integer PRIMARY KEY,
    code text NOT NULL UNIQUE,
    CONSTRAINT products_code_not_blank CHECK (code <> '')
);

CREATE INDEX products_lower_code_idx ON products (lower(code));

CREATE TABLE order_lines (
    id integer PRIMARY KEY,
    product_code text NOT NULL REFERENCES products (code)
);

CREATE VIEW product_codes AS
    SELECT id, code FROM products;
