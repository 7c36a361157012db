CREATE TABLE activity_log (
  id bigint PRIMARY KEY,
  user_id bigint,
  action text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
DROP TABLE audit_log;
