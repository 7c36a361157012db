SET lock_timeout = '5s';
ALTER TABLE api_keys DROP CONSTRAINT api_keys_organization_id_fkey;
