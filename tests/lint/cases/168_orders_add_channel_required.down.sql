SET lock_timeout = '5s';
ALTER TABLE orders DROP CONSTRAINT orders_sales_channel_check;
ALTER TABLE orders DROP COLUMN sales_channel;
