CREATE TABLE attachments (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  owner_type text NOT NULL,
  owner_id bigint NOT NULL,
  filename text NOT NULL,
  content_type text NOT NULL,
  byte_size bigint NOT NULL,
  checksum text NOT NULL,
  storage_key text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX attachments_owner_idx ON attachments (owner_type, owner_id);

SET lock_timeout = '5s';
ALTER TABLE documents DROP COLUMN file_url;
