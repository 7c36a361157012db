CREATE TABLE rectangles (
    id integer PRIMARY KEY,
    w integer NOT NULL,
    h integer NOT NULL,
    area integer GENERATED ALWAYS AS (w * h) STORED,
    double_w integer GENERATED ALWAYS AS (w * 2) STORED
);
