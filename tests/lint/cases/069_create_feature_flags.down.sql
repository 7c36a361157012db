CREATE TABLE settings (key text PRIMARY KEY, value text);
DROP TABLE feature_flags;
