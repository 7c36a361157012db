CREATE DOMAIN quantity AS integer DEFAULT 1 CHECK (VALUE > 0);

CREATE TABLE items (
    id integer PRIMARY KEY,
    qty quantity
);

INSERT INTO items VALUES (1, 5), (2, 12);
