SET lock_timeout = '5s';
ALTER TABLE attachments DROP CONSTRAINT attachments_comment_id_fkey;
