REVOKE SELECT ON items FROM app_read;
GRANT UPDATE ON items TO app_write WITH GRANT OPTION;
REVOKE GRANT OPTION FOR UPDATE ON items FROM app_write;
DROP TABLE old_stuff;
ALTER TABLE items RENAME COLUMN name TO title;
ALTER TABLE items RENAME TO goods;
ALTER FUNCTION add_one(integer) RENAME TO plus_one;
GRANT EXECUTE ON FUNCTION plus_one(integer) TO app_read;
