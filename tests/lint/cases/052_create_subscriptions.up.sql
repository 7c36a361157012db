CREATE TABLE subscriptions (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  organization_id bigint NOT NULL REFERENCES organizations (id),
  plan_id bigint NOT NULL REFERENCES plans (id),
  status text NOT NULL DEFAULT 'trialing'
    CHECK (status IN ('trialing', 'active', 'past_due', 'cancelled')),
  current_period_start timestamptz NOT NULL,
  current_period_end timestamptz NOT NULL,
  cancelled_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX subscriptions_organization_id_idx ON subscriptions (organization_id);
CREATE INDEX subscriptions_plan_id_idx ON subscriptions (plan_id);

SET lock_timeout = '5s';
ALTER TABLE organizations DROP COLUMN plan;
