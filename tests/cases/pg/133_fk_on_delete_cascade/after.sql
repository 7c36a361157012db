CREATE TABLE posts (
    id integer PRIMARY KEY
);

CREATE TABLE comments (
    id integer PRIMARY KEY,
    post_id integer NOT NULL REFERENCES posts (id) ON DELETE CASCADE
);
