CREATE VIEW current_subscriptions AS
SELECT s.id, s.organization_id, p.code AS plan_code, s.current_period_end
FROM subscriptions s JOIN plans p ON p.id = s.plan_id
WHERE s.status IN ('trialing', 'active');
