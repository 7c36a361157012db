CREATE TABLE devices (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  public_id uuid NOT NULL DEFAULT gen_random_uuid() UNIQUE,
  user_id bigint NOT NULL REFERENCES users (id),
  platform text NOT NULL,
  push_token text,
  last_seen_at timestamptz
);

CREATE INDEX devices_user_id_idx ON devices (user_id);

SET lock_timeout = '5s';
ALTER TABLE users DROP COLUMN push_token;
