CREATE TABLE search_documents (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  body tsvector NOT NULL
);

CREATE INDEX search_documents_body_idx ON search_documents USING gin (body);
DROP INDEX search_documents_body_idx;
