SET lock_timeout = '5s';
ALTER TABLE countries ALTER COLUMN id DROP IDENTITY;
ALTER TABLE countries ALTER COLUMN id TYPE smallint;
CREATE SEQUENCE countries_id_seq AS smallint OWNED BY countries.id;
ALTER TABLE countries ALTER COLUMN id SET DEFAULT nextval('countries_id_seq');
