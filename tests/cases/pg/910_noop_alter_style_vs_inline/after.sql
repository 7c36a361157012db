CREATE TABLE users (
    id integer,
    email text,
    age integer
);
ALTER TABLE users ADD PRIMARY KEY (id);
ALTER TABLE users ALTER COLUMN email SET NOT NULL;
ALTER TABLE users ADD UNIQUE (email);
ALTER TABLE users ADD CHECK (age >= 0);
CREATE INDEX users_age_idx ON users USING btree (age ASC NULLS LAST);
COMMENT ON TABLE users IS 'users';
