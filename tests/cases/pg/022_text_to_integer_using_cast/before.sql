-- table is empty in the test database; the migration needs
-- ALTER COLUMN ... TYPE integer USING external_ref::integer
CREATE TABLE imports (
    id integer PRIMARY KEY,
    external_ref text
);
