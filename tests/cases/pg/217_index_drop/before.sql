CREATE TABLE messages (
    id integer PRIMARY KEY,
    thread_id integer,
    body text
);

CREATE INDEX messages_thread_idx ON messages (thread_id);
CREATE INDEX messages_body_idx ON messages (md5(body));
