CREATE TABLE users (
    id integer PRIMARY KEY,
    last_name text
);

CREATE INDEX users_last_name_idx ON users (last_name);
