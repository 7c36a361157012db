CREATE TABLE api_keys (
  id uuid PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES users (id),
  name text NOT NULL,
  token_hash bytea NOT NULL,
  last_used_at timestamptz,
  revoked_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX api_keys_user_id_idx ON api_keys (user_id);
CREATE UNIQUE INDEX api_keys_token_hash_key ON api_keys (token_hash);

SET lock_timeout = '5s';
ALTER TABLE users DROP COLUMN api_token;
