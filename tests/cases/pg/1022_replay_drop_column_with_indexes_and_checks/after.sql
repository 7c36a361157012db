-- What PostgreSQL holds after DROP COLUMN a: every index and constraint that
-- uses `a` (single-column, multi-column, in a predicate) is gone with it.
CREATE TABLE readings (
    id integer PRIMARY KEY,
    b integer NOT NULL,
    note text
);

CREATE INDEX readings_b_idx ON readings (b);
