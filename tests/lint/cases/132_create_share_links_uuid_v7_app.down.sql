CREATE TABLE document_shares (
  id bigint PRIMARY KEY,
  document_id bigint NOT NULL,
  token text NOT NULL
);
DROP TABLE share_links;
