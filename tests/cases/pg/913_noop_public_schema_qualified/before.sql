CREATE TABLE users (
    id integer PRIMARY KEY
);
CREATE VIEW v_users AS SELECT id FROM users;
