CREATE TABLE parents (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE VIEW parent_names AS
    SELECT name FROM parents;
