SET lock_timeout = '5s';
ALTER TABLE products ADD COLUMN price_cents integer;
DROP INDEX subscriptions_price_book_id_idx;
ALTER TABLE subscriptions DROP COLUMN price_book_id;
DROP TABLE prices;
DROP TABLE price_books;
