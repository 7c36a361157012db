SET lock_timeout = '5s';
ALTER TABLE projects ADD COLUMN tenant_id bigint;
ALTER TABLE projects ADD CONSTRAINT projects_tenant_id_not_null CHECK (tenant_id IS NOT NULL) NOT VALID;
