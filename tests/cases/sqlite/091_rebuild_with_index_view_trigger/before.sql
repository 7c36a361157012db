CREATE TABLE tickets (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open',
    updated_at TEXT
);

CREATE INDEX tickets_status_idx ON tickets (status);

CREATE VIEW open_tickets AS
    SELECT id, title FROM tickets WHERE status = 'open';

CREATE TRIGGER tickets_touch AFTER UPDATE OF status ON tickets
BEGIN
    UPDATE tickets SET updated_at = datetime('now') WHERE id = NEW.id;
END;
