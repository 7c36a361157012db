-- no shale.toml: [owners] compare is off, the differing owners plan nothing
CREATE TABLE members (id bigint PRIMARY KEY, name text NOT NULL, joined date);
ALTER TABLE members OWNER TO app_owner;
CREATE VIEW member_names AS SELECT name FROM members;
ALTER VIEW member_names OWNER TO app_owner;
