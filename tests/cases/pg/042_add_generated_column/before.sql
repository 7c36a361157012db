CREATE TABLE rectangles (
    id integer PRIMARY KEY,
    w integer NOT NULL,
    h integer NOT NULL
);
