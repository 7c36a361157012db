SELECT id, domain FROM tenants ORDER BY id;
SELECT id, tenant, tenant_id FROM projects ORDER BY id;
