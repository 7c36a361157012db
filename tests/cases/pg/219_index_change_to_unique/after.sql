CREATE TABLE users (
    id integer PRIMARY KEY,
    handle text
);

CREATE UNIQUE INDEX users_handle_idx ON users (handle);
