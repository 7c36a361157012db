CREATE TABLE product_translations (
  product_id bigint NOT NULL REFERENCES products (id) ON UPDATE CASCADE ON DELETE RESTRICT,
  locale text NOT NULL,
  name text NOT NULL,
  description text,
  PRIMARY KEY (product_id, locale)
);

SET lock_timeout = '5s';
ALTER TABLE products DROP COLUMN name_de, DROP COLUMN name_fr;
