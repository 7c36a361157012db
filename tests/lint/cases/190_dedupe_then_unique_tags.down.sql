SET lock_timeout = '5s';
ALTER TABLE tags DROP CONSTRAINT tags_org_name_key;
