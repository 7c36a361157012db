CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  actor_id bigint,
  action varchar(100) NOT NULL,
  subject_type text NOT NULL,
  subject_id bigint NOT NULL,
  changes jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX audit_log_subject_idx ON audit_log (subject_type, subject_id);
CREATE INDEX audit_log_created_at_idx ON audit_log USING brin (created_at);

-- audit_log replaces activity_log (copied by the 2025-02 export job)
DROP TABLE activity_log;
