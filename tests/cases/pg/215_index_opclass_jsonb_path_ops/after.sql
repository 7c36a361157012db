CREATE TABLE docs (
    id integer PRIMARY KEY,
    body jsonb
);

CREATE INDEX docs_body_idx ON docs USING gin (body jsonb_path_ops);
