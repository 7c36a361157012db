CREATE MATERIALIZED VIEW revenue_daily AS
SELECT date_trunc('day', received_at) AS day,
       sum(amount_cents) AS amount_cents,
       count(*) AS payments
FROM payments
GROUP BY 1
WITH NO DATA;

CREATE UNIQUE INDEX revenue_daily_day_key ON revenue_daily (day);
