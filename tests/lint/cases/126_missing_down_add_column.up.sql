SET lock_timeout = '5s';
ALTER TABLE projects ADD COLUMN color text;
