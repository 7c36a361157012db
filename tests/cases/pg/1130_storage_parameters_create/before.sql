CREATE TABLE base (id integer);
