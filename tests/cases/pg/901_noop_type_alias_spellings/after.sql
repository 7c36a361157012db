CREATE TABLE t (
    a character varying(10),
    b character(2),
    c timestamp with time zone,
    d time with time zone,
    e timestamp without time zone,
    f bit varying(4),
    g double precision
);
