CREATE TABLE public_things (
    id integer PRIMARY KEY
);
