CREATE   TABLE users(id INTEGER   PRIMARY KEY,
  email TEXT
     NOT NULL, name TEXT DEFAULT 'anon');
CREATE INDEX users_name_idx
    ON users(name);
