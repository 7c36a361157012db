SET lock_timeout = '5s';
DROP TABLE legacy_events;
