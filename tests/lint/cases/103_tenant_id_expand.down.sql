SET lock_timeout = '5s';
ALTER TABLE projects DROP CONSTRAINT projects_tenant_id_not_null;
ALTER TABLE projects DROP COLUMN tenant_id;
