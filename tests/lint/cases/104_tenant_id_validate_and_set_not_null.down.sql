SET lock_timeout = '5s';
ALTER TABLE projects ALTER COLUMN tenant_id DROP NOT NULL;
ALTER TABLE projects ADD CONSTRAINT projects_tenant_id_not_null CHECK (tenant_id IS NOT NULL) NOT VALID;
