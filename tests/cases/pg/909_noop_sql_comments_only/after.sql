/* block comment at the top
   spanning lines */
-- the table
CREATE TABLE t (
    id integer PRIMARY KEY, -- key
    /* value */ v text
);
-- trailing comment
