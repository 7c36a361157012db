CREATE TABLE notifications (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  recipient_id bigint NOT NULL REFERENCES users (id),
  kind text NOT NULL,
  payload jsonb NOT NULL DEFAULT '{}'::jsonb,
  read_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX notifications_recipient_unread_idx ON notifications (recipient_id, created_at DESC) WHERE read_at IS NULL;
CREATE INDEX CONCURRENTLY users_last_seen_at_idx ON users (last_seen_at);
