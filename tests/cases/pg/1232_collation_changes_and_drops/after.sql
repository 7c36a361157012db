-- spare is unused: a new definition is a drop and a create; german goes after its users.
CREATE COLLATION spare (provider = icu, locale = 'fr-FR', deterministic = false);
CREATE TABLE t (id integer PRIMARY KEY, label text);
