CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL
);

INSERT INTO users VALUES (1, 'a@example.com'), (2, 'b@example.com');
