CREATE TABLE messages (
    id integer PRIMARY KEY,
    sender text NOT NULL
);

CREATE POLICY messages_own ON messages USING (sender = current_user);
CREATE POLICY messages_own ON messages FOR SELECT USING (true);
