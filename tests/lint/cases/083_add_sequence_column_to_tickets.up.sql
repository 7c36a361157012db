CREATE SEQUENCE tickets_ref_seq;
SET lock_timeout = '5s';
ALTER TABLE tickets ADD COLUMN ref bigint DEFAULT nextval('tickets_ref_seq');
