CREATE EXTENSION citext;
CREATE SCHEMA app;
CREATE TYPE app.kind AS ENUM ('a', 'b');
CREATE SEQUENCE app.counter;

CREATE TABLE app.things (
    id integer PRIMARY KEY DEFAULT nextval('app.counter'),
    kind app.kind NOT NULL,
    name citext
);

CREATE VIEW app.thing_names AS SELECT name FROM app.things;
CREATE FUNCTION app.thing_count() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM app.things $$;
