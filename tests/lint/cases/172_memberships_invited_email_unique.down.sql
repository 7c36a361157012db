SET lock_timeout = '5s';
ALTER TABLE memberships DROP CONSTRAINT memberships_org_invited_email_key;
