CREATE TABLE users (
ÿ'    id INTEGER PRIMARYM KEY,
    email TEXT N  ps (
'    id INTEGER PRIMARYM KEY,
  hone TEXT
);
