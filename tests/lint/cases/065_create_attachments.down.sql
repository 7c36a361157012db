SET lock_timeout = '5s';
ALTER TABLE documents ADD COLUMN file_url text;
DROP TABLE attachments;
