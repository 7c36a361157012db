DROP INDEX projects_name_idx;
DROP TABLE documents;
