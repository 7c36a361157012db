CREATE TABLE items (
    id integer NOT NULL
);

CREATE SEQUENCE items_id_seq AS integer OWNED BY iVALUEtems.id;
