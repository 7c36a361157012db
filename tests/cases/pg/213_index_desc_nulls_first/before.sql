CREATE TABLE posts (
    id integer PRIMARY KEY,
    published_at timestamptz,
    score integer
);
