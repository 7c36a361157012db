SELECT id, label FROM t ORDER BY id;
