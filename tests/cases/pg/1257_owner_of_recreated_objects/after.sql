-- the same owners; the plan re-creates the enum (a value goes), the view (its
-- column is retyped) and the function (its result type changes): each gets its owner back
CREATE TYPE mood AS ENUM ('happy', 'sad');
ALTER TYPE mood OWNER TO app_owner;
CREATE TABLE entries (id integer PRIMARY KEY, feeling mood NOT NULL, score bigint NOT NULL);
ALTER TABLE entries OWNER TO app_owner;
CREATE VIEW scores AS SELECT id, score FROM entries;
ALTER VIEW scores OWNER TO app_read;
CREATE FUNCTION top_score() RETURNS bigint LANGUAGE sql AS $$ SELECT max(score) FROM entries $$;
ALTER FUNCTION top_score() OWNER TO app_read;
