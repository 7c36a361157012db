CREATE TABLE customer (id integer PRIMARY KEY, name text NOT NULL, note text);
GRANT SELECT ON customer TO app_read;
GRANT UPDATE (note) ON customer TO app_write;
