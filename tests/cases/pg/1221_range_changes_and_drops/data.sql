INSERT INTO t VALUES (1, '[1,2)', 'x');
