CREATE TABLE clients (
    id integer PRIMARY KEY,
    fullname text NOT NULL,
    email text
);
