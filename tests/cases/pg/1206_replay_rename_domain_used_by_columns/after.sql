CREATE SCHEMA app;
CREATE DOMAIN app.product_code AS text CONSTRAINT code_check CHECK (VALUE <> '');
CREATE DOMAIN app.short_product_code AS app.product_code CONSTRAINT short_code_check CHECK (length(VALUE) < 5);

CREATE TABLE app.items (
    id integer PRIMARY KEY,
    sku app.short_product_code NOT NULL,
    aliases app.product_code[]
);

CREATE FUNCTION app.norm(c app.product_code) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(c) $$;

CREATE VIEW app.item_codes AS SELECT id, sku FROM app.items;
