CREATE TABLE users (
    id integer PRIMARY KEY,
    country text
);

CREATE INDEX users_country_idx ON users (country);
