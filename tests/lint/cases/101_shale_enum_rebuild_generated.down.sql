-- shale:irreversible
SET lock_timeout = '5s';
ALTER TYPE ticket_state ADD VALUE 'waiting' AFTER 'in_progress';
