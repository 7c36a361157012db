CREATE TABLE documents (
    id integer PRIMARY KEY,
    body text NOT NULL,
    updated_at timestamptz
);

CREATE FUNCTION touch_updated_at() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$$;

CREATE FUNCTION word_count(t text) RETURNS integer
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT array_length(regexp_split_to_array(t, '\s+'), 1) $$;

CREATE TRIGGER documents_touch BEFORE UPDATE ON documents
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
