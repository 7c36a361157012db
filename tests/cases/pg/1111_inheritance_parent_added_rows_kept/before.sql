CREATE TABLE items (id bigint NOT NULL, label text, CONSTRAINT items_id_check CHECK (id >= 0));
CREATE TABLE books (
    id bigint NOT NULL,
    label text,
    isbn text,
    CONSTRAINT items_id_check CHECK (id >= 0)
);
