CREATE TABLE members (
    team_id integer NOT NULL,
    username text NOT NULL,
    PRIMARY KEY (team_id, username)
);

CREATE TABLE tasks (
    id integer PRIMARY KEY,
    team_id integer NOT NULL,
    assignee varchar(20),
    legacy_flag boolean NOT NULL DEFAULT false
);
ALTER TABLE tasks ENABLE ROW LEVEL SECURITY;

CREATE POLICY tasks_legacy ON tasks FOR SELECT TO app_read USING (NOT legacy_flag);
CREATE POLICY tasks_assignee ON tasks FOR UPDATE TO app_write USING (assignee = current_user);
