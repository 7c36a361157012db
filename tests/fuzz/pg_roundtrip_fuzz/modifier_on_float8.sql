CREATE TABLE t (
    a int,
    b int4,
    c int8,
    d int2,
    e float8(5,2)
);
