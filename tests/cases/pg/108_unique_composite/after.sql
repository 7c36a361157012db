CREATE TABLE slots (
    id integer PRIMARY KEY,
    room text NOT NULL,
    starts_at timestamptz NOT NULL,
    UNIQUE (room, starts_at)
);
