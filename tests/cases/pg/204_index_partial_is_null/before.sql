CREATE TABLE documents (
    id integer PRIMARY KEY,
    slug text NOT NULL,
    deleted_at timestamptz
);
