SET lock_timeout = '5s';
ALTER TABLE attachments
  ADD CONSTRAINT attachments_comment_id_fkey FOREIGN KEY (comment_id)
  REFERENCES comments (id) ON DELETE CASCADE NOT VALID;
