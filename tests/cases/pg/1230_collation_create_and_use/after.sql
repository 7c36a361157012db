CREATE SCHEMA text_rules;
CREATE COLLATION german (provider = icu, locale = 'de-DE');
CREATE COLLATION text_rules.case_insensitive (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE COLLATION plain (locale = 'C');
CREATE COLLATION posix_copy FROM "POSIX";

COMMENT ON COLLATION german IS 'German dictionary order';

-- Columns, a domain and a composite type declared with them.
CREATE DOMAIN sort_name AS text COLLATE german;
CREATE TYPE label AS (code text COLLATE plain, title text);

CREATE TABLE people (
    id integer PRIMARY KEY,
    name text NOT NULL COLLATE german,
    nickname text COLLATE posix_copy,
    sorted sort_name,
    tag label
);
