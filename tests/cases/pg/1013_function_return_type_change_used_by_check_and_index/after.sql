CREATE FUNCTION score(t text) RETURNS bigint
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT length(t)::bigint $$;

CREATE TABLE words (
    id integer PRIMARY KEY,
    w text NOT NULL,
    CONSTRAINT words_score_check CHECK (score(w) >= 0)
);

CREATE INDEX words_score_idx ON words (score(w));
