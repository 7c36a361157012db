CREATE TABLE members (id bigint PRIMARY KEY, name text NOT NULL);
ALTER TABLE members OWNER TO app_read;
CREATE VIEW member_names AS SELECT name FROM members;
ALTER VIEW member_names OWNER TO app_read;
