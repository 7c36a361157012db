SELECT id, payload FROM staging ORDER BY id;
SELECT key, value FROM cache ORDER BY key;
