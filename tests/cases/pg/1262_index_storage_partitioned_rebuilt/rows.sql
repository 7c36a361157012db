SELECT id, taken, value FROM readings ORDER BY id;
SELECT id, value FROM plain ORDER BY id;
