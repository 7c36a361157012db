CREATE TABLE notes (
    id integer PRIMARY KEY,
    body character varying(255)
);
