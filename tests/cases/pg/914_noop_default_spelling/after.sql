CREATE TABLE t (
    a character varying(10) DEFAULT 'x'::character varying,
    b integer DEFAULT 0,
    c boolean DEFAULT TRUE,
    d jsonb DEFAULT '{}'::jsonb
);
