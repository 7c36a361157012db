CREATE TABLE products (
    id integer PRIMARY KEY,
    code text NOT NULL UNIQUE CHECK (code <> ''),
    qty integer NOT NULL
);

CREATE INDEX products_lower_code_idx ON products (lower(code));

CREATE TABLE order_lines (
    id integer PRIMARY KEY,
    product_code text NOT NULL REFERENCES products (code),
    qty integer NOT NULL
);

CREATE VIEW stock AS
    SELECT code, qty FROM products WHERE qty > 0;

INSERT INTO products VALUES (1, 'pen', 5), (2, 'ink', 0);
INSERT INTO order_lines VALUES (1, 'pen', 2);
