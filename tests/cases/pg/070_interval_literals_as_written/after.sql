-- Written as people write them; PostgreSQL stores '00:30:00'::interval, '1 day 12:00:00' …
CREATE TABLE sessions (
    id integer PRIMARY KEY,
    started_at timestamptz NOT NULL DEFAULT now(),
    idle_timeout interval NOT NULL DEFAULT interval '30 minutes',
    grace interval DEFAULT '1.5 days'::interval,
    expires_at timestamptz DEFAULT now() + interval '2 weeks',
    retention interval DEFAULT '1 year 2 months',
    CONSTRAINT sessions_idle_timeout_check CHECK (idle_timeout BETWEEN interval '1 minute' AND interval '36 hours')
);
CREATE VIEW stale_sessions AS
    SELECT id FROM sessions WHERE started_at < now() - interval '90 seconds';
