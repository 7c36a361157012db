CREATE TABLE labels (
    id integer PRIMARY KEY,
    a varchar(20),
    b character varying(40),
    c char(3),
    d character(3),
    e text,
    f varchar,
    g char,
    h "char"
);
