CREATE TABLE parents (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE children (
    id integer PRIMARY KEY,
    parent_id integer REFERENCES parents (id),
    name text NOT NULL
);

CREATE VIEW parent_names AS
    SELECT name FROM parents;

CREATE VIEW family AS
    SELECT c.name AS child, p.name AS parent FROM children c JOIN parents p ON p.id = c.parent_id;

CREATE VIEW child_names AS
    SELECT name FROM children;
