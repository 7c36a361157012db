CREATE TABLE exports (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id bigint NOT NULL,
  status text NOT NULL
);

CREATE INDEX CONCURRENTLY exports_user_id_idx ON exports (user_id);
