CREATE TABLE authors (
    id integer PRIMARY KEY,
    name text
);

CREATE TABLE books (
    id integer PRIMARY KEY,
    -- shale:renamed-from writer
    author_id integer REFERENCES authors (id)
);
