CREATE TYPE mood AS ENUM ('happy', 'meh', 'sad');
ALTER TYPE mood OWNER TO app_owner;
CREATE TABLE entries (id integer PRIMARY KEY, feeling mood NOT NULL, score integer NOT NULL);
ALTER TABLE entries OWNER TO app_owner;
CREATE VIEW scores AS SELECT id, score FROM entries;
ALTER VIEW scores OWNER TO app_read;
CREATE FUNCTION top_score() RETURNS integer LANGUAGE sql AS $$ SELECT max(score) FROM entries $$;
ALTER FUNCTION top_score() OWNER TO app_read;
