CREATE TABLE warehouses (
    region text NOT NULL,
    code text NOT NULL,
    PRIMARY KEY (region, code)
);

CREATE TABLE bins (
    id integer PRIMARY KEY,
    region text,
    code text
);
