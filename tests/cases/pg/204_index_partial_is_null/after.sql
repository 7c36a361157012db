CREATE TABLE documents (
    id integer PRIMARY KEY,
    slug text NOT NULL,
    deleted_at timestamptz
);

CREATE UNIQUE INDEX documents_live_slug_idx ON documents (slug) WHERE deleted_at IS NULL;
