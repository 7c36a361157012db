ALTER TABLE orders DROP CONSTRAINT orders_total_positive;
ALTER TABLE orders DROP CONSTRAINT orders_customer_id_fkey;
