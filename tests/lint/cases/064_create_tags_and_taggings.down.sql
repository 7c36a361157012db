SET lock_timeout = '5s';
ALTER TABLE tasks ADD COLUMN labels text[];
DROP TABLE taggings;
DROP TABLE tags;
