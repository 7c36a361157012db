CREATE TABLE users (
    id integer PRIMARY KEY,
    handle text
);

CREATE INDEX users_handle_idx ON users (handle);
