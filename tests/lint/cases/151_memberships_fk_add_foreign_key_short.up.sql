SET lock_timeout = '5s';
ALTER TABLE api_keys ADD FOREIGN KEY (organization_id) REFERENCES organizations (id);
