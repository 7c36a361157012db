CREATE TABLE parents (
    a integer NOT NULL,
    b integer NOT NULL,
    PRIMARY KEY (a, b)
);

CREATE TABLE children (
    id integer PRIMARY KEY,
    pa integer,
    pb integer,
    FOREIGN KEY (pa, pb) REFERENCES parents (a, b) MATCH FULL
);
