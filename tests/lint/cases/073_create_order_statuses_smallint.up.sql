CREATE TABLE order_statuses (
  id smallint PRIMARY KEY,
  name text NOT NULL UNIQUE
);

ALTER TABLE orders ADD COLUMN status_id smallint NOT NULL REFERENCES order_statuses (id);
