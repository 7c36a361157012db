CREATE TABLE t (
    id integer PRIMARY KEY,
    a integer
);

CREATE VIEW v AS
    SELECT id, b FROM t;
