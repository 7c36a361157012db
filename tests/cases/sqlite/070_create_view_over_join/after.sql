CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE posts (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id),
    title TEXT NOT NULL,
    published INTEGER NOT NULL DEFAULT 0
);

CREATE VIEW post_authors AS
    SELECT p.id AS post_id, p.title, u.name AS author
    FROM posts AS p
    JOIN users AS u ON u.id = p.user_id;
