CREATE TABLE items (id bigint NOT NULL, label text);
CREATE TABLE books (id bigint NOT NULL);
ALTER TABLE books INHERIT items;
