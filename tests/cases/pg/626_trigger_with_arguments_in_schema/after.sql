CREATE SCHEMA app;

CREATE TABLE app.notes (
    id integer PRIMARY KEY,
    body text
);

CREATE FUNCTION app.notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify(TG_ARGV[0], TG_OP);
    RETURN NULL;
END;
$$;

CREATE TRIGGER notes_notify AFTER INSERT OR DELETE ON app.notes
    FOR EACH ROW EXECUTE FUNCTION app.notify_change('notes_channel');
