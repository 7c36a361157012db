CREATE TABLE t (
    a varchar(10) DEFAULT 'x',
    b integer DEFAULT 0,
    c boolean DEFAULT true,
    d jsonb DEFAULT '{}'
);
