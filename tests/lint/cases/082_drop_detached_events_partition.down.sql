-- shale:irreversible
CREATE TABLE events_2024_01 (LIKE events INCLUDING ALL);
