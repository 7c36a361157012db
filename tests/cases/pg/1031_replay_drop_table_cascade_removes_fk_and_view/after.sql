CREATE TABLE children (
    id integer PRIMARY KEY,
    parent_id integer,
    name text NOT NULL
);

CREATE VIEW child_names AS
    SELECT name FROM children;
