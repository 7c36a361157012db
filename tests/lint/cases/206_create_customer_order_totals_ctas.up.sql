CREATE TABLE customer_order_totals AS
SELECT customer_id, count(*) AS orders_count, sum(total_cents) AS total_cents
FROM orders
GROUP BY customer_id;

CREATE INDEX customer_order_totals_customer_id_idx ON customer_order_totals (customer_id);
