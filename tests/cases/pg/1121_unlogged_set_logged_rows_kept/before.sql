CREATE UNLOGGED TABLE staging (id integer PRIMARY KEY, payload text);
CREATE TABLE cache (key text PRIMARY KEY, value text);
