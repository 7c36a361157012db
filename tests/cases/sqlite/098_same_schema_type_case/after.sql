CREATE TABLE events (
    id integer PRIMARY KEY,
    kind text NOT NULL,
    payload blob,
    score real,
    amount numeric,
    label varchar(50)
);
