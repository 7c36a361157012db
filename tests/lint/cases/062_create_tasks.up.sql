CREATE TABLE tasks (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  assignee_id bigint REFERENCES users (id) ON DELETE SET NULL,
  title text NOT NULL,
  state text NOT NULL DEFAULT 'open',
  due_on date,
  position integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX tasks_project_id_position_idx ON tasks (project_id, position);
CREATE INDEX tasks_assignee_id_idx ON tasks (assignee_id) WHERE assignee_id IS NOT NULL;

-- todo_items was the prototype; its rows were migrated by the import script
DROP TABLE todo_items;
