CREATE TABLE measurements (
    id integer PRIMARY KEY,
    a int,
    b int4,
    c integer,
    d int8,
    e bigint,
    f smallint,
    g int2,
    h real,
    i float4,
    j float8,
    k double precision,
    l numeric(10,2),
    m decimal(5),
    n numeric,
    o float
);
