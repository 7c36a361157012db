CREATE TABLE events (
    id integer PRIMARY KEY,
    actor text NOT NULL
);

CREATE POLICY events_insert ON events FOR INSERT USING (actor = current_user);
