CREATE TABLE t (id integer PRIMARY KEY);

CREATE DOMAIN quantity AS amount CHECK (VALUE > 0);
