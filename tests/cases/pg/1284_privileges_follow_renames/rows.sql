SELECT count(*) FROM pg_class WHERE relname IN ('customer', 'clients');
