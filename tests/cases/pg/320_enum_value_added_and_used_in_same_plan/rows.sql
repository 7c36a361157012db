SELECT id, status::text FROM letters ORDER BY id;
