CREATE SEQUENCE items_id_seq AS integer;

CREATE TABLE items (
    id integer NOT NULL DEFAULT nextval('items_id_seq'::regclass),
    name text,
    CONSTRAINT items_pkey PRIMARY KEY (id)
);

ALTER SEQUENCE items_id_seq OWNED BY items.id;
