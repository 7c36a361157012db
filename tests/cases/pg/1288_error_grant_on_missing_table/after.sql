CREATE TABLE items (id integer);
GRANT SELECT ON items, nope TO app_read;
