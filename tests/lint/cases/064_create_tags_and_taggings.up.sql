CREATE TABLE tags (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  organization_id bigint NOT NULL REFERENCES organizations (id),
  name text NOT NULL CONSTRAINT tags_name_length CHECK (char_length(name) <= 50),
  color text,
  UNIQUE (organization_id, name)
);

CREATE TABLE taggings (
  tag_id bigint NOT NULL REFERENCES tags (id) ON DELETE RESTRICT,
  task_id bigint NOT NULL REFERENCES tasks (id) ON DELETE RESTRICT,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tag_id, task_id)
);

CREATE INDEX taggings_task_id_idx ON taggings (task_id);

SET lock_timeout = '5s';
ALTER TABLE tasks DROP COLUMN labels;
