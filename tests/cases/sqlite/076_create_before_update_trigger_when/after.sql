CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    balance NUMERIC NOT NULL DEFAULT 0,
    locked INTEGER NOT NULL DEFAULT 0
);

CREATE TRIGGER accounts_no_update_when_locked BEFORE UPDATE OF balance ON accounts
WHEN OLD.locked = 1
BEGIN
    SELECT RAISE(ABORT, 'account is locked');
END;
