CREATE TABLE keep (id integer);
CREATE TABLE books (id bigint NOT NULL, isbn text, CONSTRAINT items_id_check CHECK (id > 0));
