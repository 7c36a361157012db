CREATE TABLE departments (
    id integer PRIMARY KEY,
    name text
);

CREATE TABLE staff (
    id integer PRIMARY KEY,
    name text
);
