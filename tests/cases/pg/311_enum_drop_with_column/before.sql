CREATE TYPE color AS ENUM ('red', 'green', 'blue');

CREATE TABLE cars (
    id integer PRIMARY KEY,
    paint color
);
