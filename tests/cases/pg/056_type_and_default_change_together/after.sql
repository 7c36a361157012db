CREATE TABLE jobs (
    id integer PRIMARY KEY,
    attempts integer NOT NULL DEFAULT 1,
    payload jsonb DEFAULT '{}'
);
