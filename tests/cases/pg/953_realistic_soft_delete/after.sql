CREATE TABLE documents (
    id integer PRIMARY KEY,
    slug text NOT NULL,
    title text NOT NULL,
    deleted_at timestamptz
);

CREATE UNIQUE INDEX documents_slug_live_idx ON documents (slug) WHERE deleted_at IS NULL;

CREATE VIEW live_documents AS
    SELECT id, slug, title FROM documents WHERE deleted_at IS NULL;

COMMENT ON COLUMN documents.deleted_at IS 'Set instead of deleting the row';
