CREATE TABLE documents (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  project_id bigint NOT NULL,
  title text NOT NULL,
  body text NOT NULL DEFAULT '',
  is_deleted boolean NOT NULL DEFAULT false,
  archived bool NOT NULL DEFAULT false,
  is_pinned boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX documents_project_id_idx ON documents (project_id) WHERE NOT is_deleted;

CREATE INDEX projects_name_idx ON projects (organization_id, name);
