CREATE TABLE arrays (
    id integer PRIMARY KEY,
    tags text[],
    scores int[],
    matrix text[][],
    flags boolean[],
    names varchar(20)[],
    stamps timestamptz[],
    fixed integer ARRAY[4]
);
