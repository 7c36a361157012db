CREATE TABLE events (
    id bigint PRIMARY KEY,
    payload jsonb,
    created_at timestamp
);

CREATE INDEX events_kind_day_idx ON events ((payload ->> 'kind'), date_trunc('day', created_at));
