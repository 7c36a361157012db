-- Removing 'legacy' rebuilds the type. Everything that uses the type must
-- follow it: the column default ('new'::task_state), the partial index
-- predicate, the view's WHERE and the CHECK are dropped before the rebuild
-- and recreated after, against the new type; the rows keep their values.
CREATE TYPE task_state AS ENUM ('new', 'done');

CREATE TABLE tasks (
    id integer PRIMARY KEY,
    title text NOT NULL,
    state task_state NOT NULL DEFAULT 'new',
    CONSTRAINT tasks_not_done_without_title CHECK (state <> 'done' OR title <> '')
);

CREATE INDEX tasks_open_idx ON tasks (id) WHERE state = 'new';

CREATE VIEW open_tasks AS
    SELECT id, title, state FROM tasks WHERE state <> 'done';

CREATE VIEW task_titles AS
    SELECT id, title FROM tasks;
