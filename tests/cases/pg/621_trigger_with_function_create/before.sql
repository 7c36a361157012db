CREATE TABLE documents (
    id integer PRIMARY KEY,
    body text,
    updated_at timestamptz
);
