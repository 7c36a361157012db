SET lock_timeout = '5s';
ALTER TABLE memberships
  ADD CONSTRAINT memberships_org_invited_email_key UNIQUE (organization_id, invited_email);
