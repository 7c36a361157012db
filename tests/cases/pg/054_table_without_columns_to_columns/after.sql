CREATE TABLE placeholder (
    id integer,
    note text
);
