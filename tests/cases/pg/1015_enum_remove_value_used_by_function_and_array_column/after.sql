-- Removing 'archived' rebuilds the type. A function taking the type and an
-- array column of it use it too: the function is dropped before the rebuild
-- and recreated after; the array column is converted with its rows.
CREATE TYPE doc_state AS ENUM ('draft', 'published');

CREATE TABLE docs (
    id integer PRIMARY KEY,
    state doc_state NOT NULL,
    history doc_state[] NOT NULL DEFAULT '{}'
);

CREATE FUNCTION is_visible(s doc_state) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT s = 'published' $$;

CREATE FUNCTION doc_count() RETURNS bigint
    LANGUAGE sql STABLE
    AS $$ SELECT count(*) FROM docs $$;
