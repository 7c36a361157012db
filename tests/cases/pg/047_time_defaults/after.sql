CREATE TABLE sessions (
    id integer PRIMARY KEY,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz DEFAULT CURRENT_TIMESTAMP,
    expires_at timestamptz DEFAULT (now() + interval '1 day'),
    day date DEFAULT CURRENT_DATE,
    local_ts timestamp DEFAULT LOCALTIMESTAMP,
    ttl interval DEFAULT '00:30:00'
);
