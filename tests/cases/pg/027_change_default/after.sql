CREATE TABLE tasks (
    id integer PRIMARY KEY,
    status varchar(20) DEFAULT 'new',
    priority integer DEFAULT -1
);
