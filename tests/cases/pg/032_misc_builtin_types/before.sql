CREATE TABLE kitchen_sink (
    id integer PRIMARY KEY
);
