ALTER TABLE users DROP COLUMN person_id;
DROP TABLE people;
