DROP TABLE parents;
