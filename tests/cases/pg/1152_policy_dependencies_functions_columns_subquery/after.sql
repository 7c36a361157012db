CREATE TABLE members (
    team_id integer NOT NULL,
    username text NOT NULL,
    PRIMARY KEY (team_id, username)
);

CREATE FUNCTION is_member(team integer) RETURNS boolean
    LANGUAGE sql STABLE
    AS $$ SELECT EXISTS (SELECT 1 FROM members m WHERE m.team_id = team AND m.username = current_user) $$;

CREATE TABLE tasks (
    id integer PRIMARY KEY,
    team_id integer NOT NULL,
    assignee text
);
ALTER TABLE tasks ENABLE ROW LEVEL SECURITY;

-- the column it used is dropped: the policy changes first
CREATE POLICY tasks_legacy ON tasks FOR SELECT TO app_read USING (is_member(team_id));
-- its column is retyped: PostgreSQL refuses that under a policy, so it is re-created around it
CREATE POLICY tasks_assignee ON tasks FOR UPDATE TO app_write USING (assignee = current_user);
CREATE POLICY tasks_team ON tasks FOR DELETE TO app_write
    USING (EXISTS (SELECT 1 FROM members m WHERE m.team_id = tasks.team_id AND m.username = current_user));
