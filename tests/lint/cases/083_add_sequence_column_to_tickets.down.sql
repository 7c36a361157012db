SET lock_timeout = '5s';
ALTER TABLE tickets DROP COLUMN ref;
DROP SEQUENCE tickets_ref_seq;
