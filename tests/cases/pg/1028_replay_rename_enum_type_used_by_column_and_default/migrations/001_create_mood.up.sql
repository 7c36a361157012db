CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');

CREATE TABLE people (
    id integer PRIMARY KEY,
    current mood NOT NULL DEFAULT 'ok',
    moods mood[] NOT NULL DEFAULT '{}',
    CONSTRAINT people_not_sad CHECK (current <> 'sad')
);

CREATE INDEX people_happy_idx ON people (id) WHERE current = 'happy';

CREATE VIEW happy_people AS
    SELECT id FROM people WHERE current = 'happy';

INSERT INTO people (id) VALUES (1);
