CREATE TABLE prices (
    id integer PRIMARY KEY,
    amount numeric(14,4)
);
