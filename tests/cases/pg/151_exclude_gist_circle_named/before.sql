CREATE TABLE zones (
    id integer PRIMARY KEY,
    area circle NOT NULL
);
