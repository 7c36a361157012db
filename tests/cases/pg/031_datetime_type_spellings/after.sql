CREATE TABLE schedule (
    id integer PRIMARY KEY,
    a date,
    b time,
    c timetz,
    d time with time zone,
    e timestamp,
    f timestamp without time zone,
    g timestamp with time zone,
    h timestamptz,
    i interval,
    j timestamp(3),
    k time(0) without time zone
);
