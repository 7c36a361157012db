-- shale:irreversible
CREATE TABLE legacy_carts (id bigint PRIMARY KEY, user_id bigint, created_at timestamptz);
CREATE TABLE legacy_cart_items (id bigint PRIMARY KEY, cart_id bigint, product_id bigint, quantity integer);
