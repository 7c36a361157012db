-- What PostgreSQL holds: the dropped table's sequences (events_id_seq,
-- events_seq_seq) were dropped with it; events_id_seq is the new table's.
CREATE TABLE events (
    id serial PRIMARY KEY,
    payload jsonb
);

CREATE TABLE kept (
    id bigserial PRIMARY KEY
);
