CREATE TABLE order_total_snapshots (order_id bigint PRIMARY KEY, total_cents bigint NOT NULL, taken_at timestamptz);
