CREATE TYPE ticket_state AS ENUM ('open', 'pending', 'closed');

CREATE TABLE tickets (
    id integer PRIMARY KEY,
    state ticket_state NOT NULL DEFAULT 'open',
    reporter text NOT NULL
);
ALTER TABLE tickets ENABLE ROW LEVEL SECURITY;
CREATE POLICY tickets_open ON tickets FOR SELECT TO app_read USING (state <> 'closed');
CREATE POLICY tickets_reporter ON tickets FOR UPDATE TO app_write USING (reporter = current_user);
