CREATE TABLE products (
  id serial PRIMARY KEY,
  sku varchar(64) NOT NULL UNIQUE,
  name varchar(255) NOT NULL,
  description text,
  price_cents integer NOT NULL,
  created_at timestamp NOT NULL DEFAULT now()
);

ALTER TABLE orders ADD COLUMN product_count integer NOT NULL;
