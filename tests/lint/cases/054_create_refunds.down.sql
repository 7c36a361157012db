SET lock_timeout = '5s';
ALTER TABLE payments DROP COLUMN refunded_cents;
DROP TABLE refunds;
