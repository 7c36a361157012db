CREATE TABLE cache_entries (
    cache_key TEXT PRIMARY KEY,
    payload BLOB,
    meta ANY,
    hits INT NOT NULL DEFAULT 0
) STRICT, WITHOUT ROWID;
