SELECT tableoid::regclass::text, id, ts FROM ev ORDER BY id;
SELECT tableoid::regclass::text, tag, n FROM tags ORDER BY tag;
