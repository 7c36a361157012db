CREATE TABLE audit_events (
    id INTEGER PRIMARY KEY,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    happened_at TEXT NOT NULL
) STRICT;
