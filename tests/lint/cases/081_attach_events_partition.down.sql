SET lock_timeout = '5s';
ALTER TABLE events DETACH PARTITION events_2025_03;
DROP TABLE events_2025_03;
