CREATE TABLE tasks (
    id integer PRIMARY KEY,
    status varchar(20),
    priority integer
);
