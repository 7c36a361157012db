-- What PostgreSQL holds after the migrations: the unique constraint, the check,
-- the expression index, the foreign key and the view all follow the column to
-- its new name; the constraint and index names do not change, and the view
-- keeps its output column name `code`.
CREATE TABLE products (
    id integer PRIMARY KEY,
    sku text NOT NULL,
    qty integer NOT NULL,
    CONSTRAINT products_code_key UNIQUE (sku),
    CONSTRAINT products_code_check CHECK (sku <> '')
);

CREATE INDEX products_lower_code_idx ON products (lower(sku));

CREATE TABLE order_lines (
    id integer PRIMARY KEY,
    product_code text NOT NULL,
    qty integer NOT NULL,
    CONSTRAINT order_lines_product_code_fkey FOREIGN KEY (product_code) REFERENCES products (sku)
);

CREATE VIEW stock AS
    SELECT sku AS code, qty FROM products WHERE qty > 0;
