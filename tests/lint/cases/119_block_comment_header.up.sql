/*
 * Track who approved a refund.
 * Ticket: PAY-231
 */
SET lock_timeout = '5s';
ALTER TABLE refunds ADD COLUMN approved_by bigint;
/* nullable until the admin UI ships */
ALTER TABLE refunds ADD COLUMN approved_at timestamptz;
