CREATE TABLE logins (
    id integer PRIMARY KEY,
    at timestamp with time zone NOT NULL
);
