CREATE TABLE imports (
    id integer PRIMARY KEY,
    external_ref integer
);
