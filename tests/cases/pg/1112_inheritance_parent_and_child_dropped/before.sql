CREATE TABLE keep (id integer);
CREATE TABLE items (id bigint NOT NULL, CHECK (id > 0));
CREATE TABLE books (isbn text) INHERITS (items);
CREATE TABLE ebooks (url text) INHERITS (books);
