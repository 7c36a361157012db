CREATE TABLE accounts (
    id integer PRIMARY KEY,
    name text
);

ALTER TABLE accounts ADD COLUMN balance numeric(12,2) NOT NULL DEFAULT 0;
ALTER TABLE accounts ADD COLUMN closed_at timestamptz;
ALTER TABLE accounts ALTER COLUMN name SET NOT NULL;
