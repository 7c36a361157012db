DROP TABLE customer_order_totals;
