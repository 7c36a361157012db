CREATE TABLE sessions (
    id integer PRIMARY KEY,
    started_at timestamptz NOT NULL DEFAULT now()
);
