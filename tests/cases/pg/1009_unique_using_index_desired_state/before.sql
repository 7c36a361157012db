CREATE TABLE members (
    id integer NOT NULL,
    email text NOT NULL,
    handle text NOT NULL
);
