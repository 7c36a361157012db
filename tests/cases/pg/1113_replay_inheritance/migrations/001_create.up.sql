CREATE TABLE items (id bigint NOT NULL, label text, CONSTRAINT items_id_check CHECK (id >= 0));
CREATE TABLE books (isbn text) INHERITS (items);
CREATE TABLE loose (id bigint NOT NULL, label text, extra int, CONSTRAINT items_id_check CHECK (id >= 0));
CREATE TABLE gone_parent (a int);
CREATE TABLE gone_child (b int) INHERITS (gone_parent);
