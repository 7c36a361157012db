CREATE SCHEMA app;
CREATE TABLE app.a (
    id integer PRIMARY KEY
);
CREATE TABLE app.b (
    id integer PRIMARY KEY,
    note text
);
CREATE INDEX b_note_idx ON app.b (note);
COMMENT ON TABLE app.a IS 'table a';
CREATE SEQUENCE app.s;
