CREATE TABLE jobs (
    id integer PRIMARY KEY,
    attempts smallint NOT NULL DEFAULT 0,
    payload json
);
