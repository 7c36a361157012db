CREATE TABLE documents (
    id integer PRIMARY KEY,
    body text NOT NULL,
    updated_at timestamptz
);

CREATE FUNCTION word_count(t text) RETURNS integer
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT array_length(regexp_split_to_array(t, '\s+'), 1) $$;
