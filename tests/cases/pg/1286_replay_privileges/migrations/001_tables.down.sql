DROP FUNCTION add_one(integer);
DROP TABLE old_stuff;
DROP TABLE items;
