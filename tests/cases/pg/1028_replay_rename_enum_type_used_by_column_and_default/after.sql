-- What PostgreSQL holds after the rename: the column, the array column, the
-- defaults ('ok'::feeling), the check, the index predicate and the view all
-- use `feeling`.
CREATE TYPE feeling AS ENUM ('sad', 'ok', 'happy');

CREATE TABLE people (
    id integer PRIMARY KEY,
    current feeling NOT NULL DEFAULT 'ok',
    moods feeling[] NOT NULL DEFAULT '{}',
    CONSTRAINT people_not_sad CHECK (current <> 'sad')
);

CREATE INDEX people_happy_idx ON people (id) WHERE current = 'happy';

CREATE VIEW happy_people AS
    SELECT id FROM people WHERE current = 'happy';
