CREATE TABLE a (
    id integer PRIMARY KEY,
    b_id integer
);

CREATE TABLE b (
    id integer PRIMARY KEY,
    a_id integer REFERENCES a (id)
);

ALTER TABLE a ADD FOREIGN KEY (b_id) REFERENCES b (id);
