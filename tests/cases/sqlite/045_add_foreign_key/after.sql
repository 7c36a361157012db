CREATE TABLE posts (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL
);

CREATE TABLE comments (
    id INTEGER PRIMARY KEY,
    post_id INTEGER NOT NULL REFERENCES posts (id),
    body TEXT NOT NULL
);
