CREATE TABLE widgets (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text
);
