CREATE INDEX IF NOT EXISTS subscriptions_current_period_end_idx
  ON subscriptions (current_period_end)
  INCLUDE (organization_id)
  WHERE status = 'active';
