CREATE TABLE orders (
    id integer PRIMARY KEY,
    status varchar(16) NOT NULL
);
