-- shale:ignore table-name-plural "staff" is already plural
CREATE TABLE staff (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id bigint NOT NULL UNIQUE REFERENCES users (id),
  title text,
  hired_on date NOT NULL
);

SET lock_timeout = '5s';
ALTER TABLE users DROP COLUMN is_staff;
