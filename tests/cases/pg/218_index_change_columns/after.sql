CREATE TABLE messages (
    id integer PRIMARY KEY,
    thread_id integer,
    sent_at timestamptz
);

CREATE INDEX messages_lookup_idx ON messages (thread_id, sent_at DESC);
