CREATE TABLE kv_store (
    namespace TEXT NOT NULL,
    key TEXT NOT NULL,
    value BLOB,
    PRIMARY KEY (namespace, key)
) WITHOUT ROWID;
