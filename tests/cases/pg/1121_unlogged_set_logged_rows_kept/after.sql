CREATE TABLE staging (id integer PRIMARY KEY, payload text);
CREATE UNLOGGED TABLE cache (key text PRIMARY KEY, value text);
