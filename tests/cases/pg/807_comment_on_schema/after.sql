CREATE SCHEMA app;
COMMENT ON SCHEMA app IS 'Application objects';
