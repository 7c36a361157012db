CREATE TABLE tags (
    id integer NOT NULL,
    name text,
    CONSTRAINT tags_pk PRIMARY KEY (id)
);
