-- Squashed from 14 feature-branch migrations (billing v2).
SET lock_timeout = '5s';

CREATE TABLE price_books (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name text NOT NULL,
  currency char(3) NOT NULL,
  active_from date NOT NULL
);

CREATE TABLE prices (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  price_book_id bigint NOT NULL REFERENCES price_books (id) ON DELETE CASCADE,
  product_id bigint NOT NULL REFERENCES products (id),
  unit_amount_cents bigint NOT NULL,
  UNIQUE (price_book_id, product_id)
);
CREATE INDEX prices_product_id_idx ON prices (product_id);

ALTER TABLE subscriptions ADD COLUMN price_book_id bigint REFERENCES price_books (id);
CREATE INDEX subscriptions_price_book_id_idx ON subscriptions (price_book_id);

ALTER TABLE products DROP COLUMN price_cents;
