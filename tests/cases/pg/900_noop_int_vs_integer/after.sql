CREATE TABLE t (
    a integer,
    b integer,
    c bigint,
    d smallint,
    e double precision,
    f real,
    g boolean,
    h numeric(5,2)
);
