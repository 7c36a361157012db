CREATE TABLE authors (
    id serial PRIMARY KEY,
    name varchar(100) NOT NULL
);

CREATE TABLE posts (
    id serial PRIMARY KEY,
    author_id integer REFERENCES authors (id),
    title varchar(200) NOT NULL,
    body text
);
