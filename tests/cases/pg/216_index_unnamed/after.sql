CREATE TABLE messages (
    id integer PRIMARY KEY,
    thread_id integer,
    sent_at timestamptz
);

CREATE INDEX ON messages (thread_id);
CREATE INDEX ON messages (thread_id, sent_at);
