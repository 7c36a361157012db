SET lock_timeout = '5s';
DROP TABLE IF EXISTS legacy_carts, legacy_cart_items CASCADE;
