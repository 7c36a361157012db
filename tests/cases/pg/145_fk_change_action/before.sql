CREATE TABLE posts (
    id integer PRIMARY KEY
);

CREATE TABLE comments (
    id integer PRIMARY KEY,
    post_id integer REFERENCES posts (id) ON DELETE CASCADE
);
