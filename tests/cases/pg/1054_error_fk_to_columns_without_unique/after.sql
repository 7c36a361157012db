CREATE TABLE parents (
    id integer PRIMARY KEY,
    code text NOT NULL
);

CREATE TABLE children (
    id integer PRIMARY KEY,
    parent_code text
);

ALTER TABLE children ADD CONSTRAINT children_parent_code_fkey FOREIGN KEY (parent_code) REFERENCES parents (code);
