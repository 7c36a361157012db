SELECT id, started_at FROM sessions ORDER BY id;
