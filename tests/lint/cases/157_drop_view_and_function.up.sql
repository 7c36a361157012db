DROP VIEW IF EXISTS current_subscriptions;
DROP FUNCTION IF EXISTS invoice_total(bigint);
