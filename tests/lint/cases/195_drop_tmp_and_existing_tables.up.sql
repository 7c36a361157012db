SET lock_timeout = '5s';
CREATE TABLE tmp_order_totals (
  order_id bigint PRIMARY KEY,
  total_cents bigint NOT NULL
);
DROP TABLE tmp_order_totals, order_total_snapshots;
