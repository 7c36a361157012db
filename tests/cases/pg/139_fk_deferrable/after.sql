CREATE TABLE nodes (
    id integer PRIMARY KEY
);

CREATE TABLE edges (
    id integer PRIMARY KEY,
    from_id integer REFERENCES nodes (id) DEFERRABLE INITIALLY DEFERRED,
    to_id integer REFERENCES nodes (id) DEFERRABLE
);
