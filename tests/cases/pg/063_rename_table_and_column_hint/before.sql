CREATE TABLE usr (
    id integer PRIMARY KEY,
    mail varchar(200) NOT NULL,
    created timestamptz DEFAULT now()
);
