CREATE UNIQUE INDEX CONCURRENTLY subscriptions_active_org_key
  ON subscriptions (organization_id) WHERE status IN ('trialing', 'active');
