CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL,
    name text
);

CREATE VIEW user_list AS SELECT id, name FROM users;
