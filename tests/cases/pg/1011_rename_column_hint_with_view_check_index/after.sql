-- A renamed column: ALTER TABLE … RENAME COLUMN carries the unique key, the
-- check, the expression index, the foreign key and the view along; the view
-- keeps its output column name `code`, as PostgreSQL keeps it.
CREATE TABLE products (
    id integer PRIMARY KEY,
    -- shale:renamed-from code
    sku text NOT NULL,
    CONSTRAINT products_code_key UNIQUE (sku),
    CONSTRAINT products_code_not_blank CHECK (sku <> '')
);

CREATE INDEX products_lower_code_idx ON products (lower(sku));

CREATE TABLE order_lines (
    id integer PRIMARY KEY,
    product_code text NOT NULL,
    CONSTRAINT order_lines_product_code_fkey FOREIGN KEY (product_code) REFERENCES products (sku)
);

CREATE VIEW product_codes AS
    SELECT id, sku AS code FROM products;
