ALTER TABLE users DROP COLUMN organization_id;
DROP TABLE organizations;
