CREATE TABLE parent (
    id integer,
    CONSTRAINT parent_pkey PRIMARY KEY (id)
);

CREATE TABLE child (
    id integer PRIMARY KEY,
    parent_id integer,
    CONSTRAINT child_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES parent (id)
        MATCH SIMPLE ON UPDATE NO ACTION ON DELETE NO ACTION
);
