CREATE TABLE widgets (
    name text NOT NULL
);

CREATE TABLE gadgets (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL
);
