CREATE DOMAIN quantity AS integer DEFAULT 1
    CONSTRAINT quantity_positive CHECK (VALUE > 0)
    CONSTRAINT quantity_small CHECK (VALUE < 1000);

CREATE DOMAIN code AS text CHECK (VALUE <> '');

CREATE TABLE items (
    id integer PRIMARY KEY,
    qty quantity,
    sku code
);
