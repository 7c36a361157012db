CREATE COLLATION german (provider = icu, locale = 'de-DE');
CREATE COLLATION spare (locale = 'C');
CREATE DOMAIN sort_name AS text COLLATE german;
CREATE TABLE t (id integer PRIMARY KEY, name text COLLATE german, s sort_name, label text);
