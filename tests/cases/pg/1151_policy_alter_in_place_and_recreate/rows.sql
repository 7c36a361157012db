SELECT id, tenant, balance FROM accounts ORDER BY id;
