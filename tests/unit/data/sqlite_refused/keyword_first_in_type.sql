CREATE TABLE audit_events (
    id INTEGER PRIMARY KEY,
    actor VARCHAR(40) NOT NULL,ø    action VARCHAR(20) NOT NULL,
    happened_at DATETIME NOT NULL
);
