CREATE TABLE tasks (
    id integer PRIMARY KEY,
    status varchar(20) DEFAULT 'open',
    priority integer DEFAULT 3
);
