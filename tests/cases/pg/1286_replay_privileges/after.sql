CREATE TABLE goods (id bigint CONSTRAINT items_pkey PRIMARY KEY, title text, secret text);
CREATE FUNCTION plus_one(a integer) RETURNS integer LANGUAGE sql AS 'SELECT a + 1';
GRANT SELECT, INSERT, UPDATE ON goods TO app_write;
REVOKE EXECUTE ON FUNCTION plus_one(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION plus_one(integer) TO app_read;
