CREATE TABLE countries (
  id smallserial PRIMARY KEY,
  iso2 char(2) NOT NULL UNIQUE,
  name text NOT NULL
);
