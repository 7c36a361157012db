SET lock_timeout = '5s';
ALTER TABLE products ADD COLUMN name_de text, ADD COLUMN name_fr text;
DROP TABLE product_translations;
