SET lock_timeout = '5s';
ALTER TYPE ticket_state RENAME TO ticket_state__shale_old;
CREATE TYPE ticket_state AS ENUM ('open', 'in_progress', 'closed');
ALTER TABLE tickets ALTER COLUMN state TYPE ticket_state USING state::text::ticket_state;
DROP TYPE ticket_state__shale_old;
