CREATE TABLE docs (
    id integer PRIMARY KEY,
    body jsonb NOT NULL DEFAULT '{}'
);

CREATE INDEX docs_body_gin ON docs USING gin (body);
