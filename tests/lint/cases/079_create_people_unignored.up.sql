CREATE TABLE people (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  given_name text NOT NULL,
  family_name text NOT NULL
);

ALTER TABLE users ADD COLUMN person_id bigint NOT NULL REFERENCES people (id);
