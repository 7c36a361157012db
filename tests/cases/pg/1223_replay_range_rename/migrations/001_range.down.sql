DROP TABLE t;
DROP TYPE floatrange;
