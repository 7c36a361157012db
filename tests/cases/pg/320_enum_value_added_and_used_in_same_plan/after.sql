CREATE TYPE status AS ENUM ('draft', 'queued', 'sent');
-- The new value is used in the same plan: ALTER TYPE … ADD VALUE must commit first.
CREATE TABLE letters (
    id integer PRIMARY KEY,
    status status NOT NULL DEFAULT 'queued',
    CONSTRAINT letters_not_queued_twice CHECK (status <> 'queued' OR id > 0)
);
CREATE INDEX letters_queued ON letters (id) WHERE status = 'queued';
