-- the serial sequences went with the table, so their names are free again
CREATE TABLE events (
    id serial PRIMARY KEY,
    payload jsonb
);
