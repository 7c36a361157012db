CREATE TABLE todo_items (
  id bigint PRIMARY KEY,
  project_id bigint NOT NULL,
  title text NOT NULL,
  done boolean NOT NULL DEFAULT false
);
DROP TABLE tasks;
