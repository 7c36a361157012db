CREATE TABLE legacy_imports (
  id serial8 PRIMARY KEY,
  source text NOT NULL,
  row_number int4 NOT NULL,
  payload jsonb NOT NULL
);
