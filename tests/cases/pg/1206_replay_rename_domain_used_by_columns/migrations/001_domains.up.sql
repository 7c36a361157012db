CREATE SCHEMA app;
CREATE DOMAIN app.code AS text CHECK (VALUE <> '');
CREATE DOMAIN app.short_code AS app.code CHECK (length(VALUE) < 5);

CREATE TABLE app.items (
    id integer PRIMARY KEY,
    sku app.short_code NOT NULL,
    aliases app.code[]
);

CREATE FUNCTION app.norm(c app.code) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(c) $$;

CREATE VIEW app.item_codes AS SELECT id, sku FROM app.items;

INSERT INTO app.items VALUES (1, 'ab', '{x,y}');
