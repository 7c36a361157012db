CREATE TABLE currencies (
    code char(3) PRIMARY KEY
);

CREATE TABLE prices (
    id integer PRIMARY KEY,
    currency char(3) REFERENCES currencies (code) ON UPDATE CASCADE ON DELETE NO ACTION
);
