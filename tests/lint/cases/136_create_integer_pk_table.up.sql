CREATE TABLE accounts (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name text NOT NULL,
  owner_id bigint
);

SET lock_timeout = '5s';
ALTER TABLE users ALTER COLUMN account_id TYPE integer;
