CREATE TABLE codes (
    id integer PRIMARY KEY,
    code varchar(50) NOT NULL
);
