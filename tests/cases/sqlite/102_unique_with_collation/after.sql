CREATE TABLE accounts (
  id INTEGER PRIMARY KEY,
  handle VARCHAR(40) NOT NULL,
  plan TEXT NOT NULL DEFAULT 'free' CHECK (plan IN ('free', 'pro')),
  UNIQUE (handle COLLATE NOCASE)
);
