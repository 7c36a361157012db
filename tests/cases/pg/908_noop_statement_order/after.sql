CREATE SCHEMA app;
CREATE SEQUENCE app.s;
CREATE TABLE app.b (
    id integer PRIMARY KEY,
    note text
);
CREATE INDEX b_note_idx ON app.b (note);
CREATE TABLE app.a (
    id integer PRIMARY KEY
);
COMMENT ON TABLE app.a IS 'table a';
