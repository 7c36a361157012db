CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TYPE unused_kind AS ENUM ('x', 'y');

CREATE TABLE people (
    id integer PRIMARY KEY,
    current_mood mood
);
