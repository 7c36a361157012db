CREATE TABLE documents (
    id integer PRIMARY KEY,
    status varchar(10),
    deleted_at timestamptz
);

CREATE INDEX documents_status_idx ON documents (status) WHERE deleted_at IS NULL;
