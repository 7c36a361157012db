CREATE COLLATION plain (lc_collate = 'C', lc_ctype = 'C');
CREATE COLLATION posix_copy (provider = libc, locale = 'POSIX');
CREATE COLLATION german (provider = icu, locale = 'de-DE', deterministic = true);
CREATE TABLE t (id int PRIMARY KEY, a text COLLATE plain, b text COLLATE german);
