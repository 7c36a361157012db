CREATE TABLE countries (
    code varchar(3) PRIMARY KEY,
    name text
);
