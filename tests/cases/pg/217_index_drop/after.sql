CREATE TABLE messages (
    id integer PRIMARY KEY,
    thread_id integer,
    body text
);

CREATE INDEX messages_thread_idx ON messages (thread_id);
