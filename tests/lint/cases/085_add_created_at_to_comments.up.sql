SET lock_timeout = '5s';
ALTER TABLE comments ADD COLUMN imported_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE comments ADD COLUMN synced_at timestamptz DEFAULT CURRENT_TIMESTAMP;
CREATE INDEX comments_imported_at_idx ON comments (imported_at);
