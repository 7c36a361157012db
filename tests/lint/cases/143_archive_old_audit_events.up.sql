CREATE TABLE IF NOT EXISTS audit_events_archive (LIKE audit_events INCLUDING ALL);

WITH moved AS (
  DELETE FROM audit_events
  WHERE created_at < now() - interval '2 years'
  RETURNING *
)
INSERT INTO audit_events_archive SELECT * FROM moved;
