SET lock_timeout = '5s';
ALTER TABLE plans ADD COLUMN is_public boolean NOT NULL DEFAULT true;
-- shale:ignore data-in-schema-migration plans has 6 rows
UPDATE plans SET is_public = false WHERE code = 'enterprise_legacy';
