SET lock_timeout = '5s';
-- shale:ignore drop-table archived to cold storage (OPS-977) before this release
DROP TABLE events_2024_01;
