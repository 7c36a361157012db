REVOKE EXECUTE ON FUNCTION plus_one(integer) FROM app_read;
ALTER FUNCTION plus_one(integer) RENAME TO add_one;
ALTER TABLE goods RENAME TO items;
ALTER TABLE items RENAME COLUMN title TO name;
CREATE TABLE old_stuff (id integer);
GRANT SELECT ON old_stuff TO app_read;
REVOKE UPDATE ON items FROM app_write;
GRANT SELECT (id, name) ON items TO app_read;
