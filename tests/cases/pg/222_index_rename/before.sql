CREATE TABLE users (
    id integer PRIMARY KEY,
    country text
);

CREATE INDEX idx1 ON users (country);
