CREATE TABLE codes (
    id integer PRIMARY KEY,
    code text,
    scope text
);
