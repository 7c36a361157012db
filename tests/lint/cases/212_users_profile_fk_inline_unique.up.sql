SET lock_timeout = '5s';
ALTER TABLE users ADD COLUMN profile_id bigint UNIQUE REFERENCES profiles (id);
