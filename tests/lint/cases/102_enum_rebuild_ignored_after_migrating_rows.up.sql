SET lock_timeout = '5s';
-- shale:ignore enum-value-removed no rows hold 'trialing_legacy' since migration 071 (checked in prod)
ALTER TYPE subscription_status RENAME TO subscription_status_old;
CREATE TYPE subscription_status AS ENUM ('trialing', 'active', 'past_due', 'cancelled');
-- shale:ignore change-column-type subscriptions has 2k rows
ALTER TABLE subscriptions ALTER COLUMN status TYPE subscription_status USING status::text::subscription_status;
-- shale:ignore enum-value-removed see above
DROP TYPE subscription_status_old;
