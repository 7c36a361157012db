CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    owner_id INTEGER NOT NULL,
    title TEXT NOT NULL,
    deleted_at TEXT
);

CREATE INDEX documents_owner_live_idx ON documents (owner_id) WHERE deleted_at IS NULL;

CREATE VIEW live_documents AS
    SELECT id, owner_id, title FROM documents WHERE deleted_at IS NULL;
