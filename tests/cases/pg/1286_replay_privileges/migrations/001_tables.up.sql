CREATE TABLE items (id bigint PRIMARY KEY, name text, secret text);
CREATE TABLE old_stuff (id integer);
CREATE FUNCTION add_one(a integer) RETURNS integer LANGUAGE sql AS 'SELECT a + 1';
GRANT SELECT, INSERT ON items TO app_write;
GRANT SELECT (id, name) ON items TO app_read;
GRANT SELECT ON old_stuff TO app_read;
REVOKE EXECUTE ON FUNCTION add_one(integer) FROM PUBLIC;
