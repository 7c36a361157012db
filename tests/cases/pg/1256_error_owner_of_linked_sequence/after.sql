CREATE TABLE notes (id serial PRIMARY KEY, body text);
ALTER SEQUENCE notes_id_seq OWNER TO app_other;
