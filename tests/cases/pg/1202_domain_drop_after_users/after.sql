-- Every domain goes: the column, the function and the base domain's user first.
CREATE TABLE items (
    id integer PRIMARY KEY,
    tag text
);

CREATE VIEW item_tags AS SELECT id, tag FROM items;
