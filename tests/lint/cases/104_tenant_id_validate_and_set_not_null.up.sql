SET lock_timeout = '5s';
ALTER TABLE projects VALIDATE CONSTRAINT projects_tenant_id_not_null;
-- shale:ignore set-not-null proven by the validated projects_tenant_id_not_null check
ALTER TABLE projects ALTER COLUMN tenant_id SET NOT NULL;
ALTER TABLE projects DROP CONSTRAINT projects_tenant_id_not_null;
