ALTER SCHEMA billing RENAME TO accounting;
