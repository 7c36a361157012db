CREATE TABLE messages (
    id integer PRIMARY KEY,
    thread_id integer,
    sent_at timestamptz
);
