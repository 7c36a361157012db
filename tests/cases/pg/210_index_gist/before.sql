CREATE TABLE places (
    id integer PRIMARY KEY,
    location point,
    bounds box
);
