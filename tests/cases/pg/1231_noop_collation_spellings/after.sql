create collation plain from "C";
create collation public.posix_copy from pg_catalog."POSIX";
create collation german (provider = 'icu', locale = 'de-DE');
create table t (id integer primary key, a text collate "plain", b text collate public.german);
