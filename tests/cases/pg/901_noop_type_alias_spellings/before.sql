CREATE TABLE t (
    a varchar(10),
    b char(2),
    c timestamptz,
    d timetz,
    e timestamp,
    f varbit(4),
    g float
);
