CREATE TABLE statuses (
    id integer PRIMARY KEY
);

CREATE TABLE tickets (
    id integer PRIMARY KEY,
    status_id integer NOT NULL DEFAULT 1 REFERENCES statuses (id) ON DELETE SET DEFAULT
);
