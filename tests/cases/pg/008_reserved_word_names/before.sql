CREATE TABLE "user" (
    id integer PRIMARY KEY,
    name text
);
