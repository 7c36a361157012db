CREATE TABLE subscriptions (
    id integer PRIMARY KEY,
    ends_at timestamptz DEFAULT (now() + interval '30 days')
);
