CREATE TABLE items (id bigint NOT NULL, label text, added int, CONSTRAINT items_id_check CHECK (id >= 0));
CREATE TABLE books (id bigint NOT NULL, label text DEFAULT 'none', isbn text, CONSTRAINT items_id_check CHECK (id >= 0));
CREATE TABLE loose (extra int) INHERITS (items);
