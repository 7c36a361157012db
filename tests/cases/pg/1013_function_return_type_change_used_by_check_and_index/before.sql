-- score's return type changes, so it is dropped and recreated; the check and
-- the expression index that call it go first and come back after.
CREATE FUNCTION score(t text) RETURNS integer
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT length(t) $$;

CREATE TABLE words (
    id integer PRIMARY KEY,
    w text NOT NULL,
    CONSTRAINT words_score_check CHECK (score(w) >= 0)
);

CREATE INDEX words_score_idx ON words (score(w));
