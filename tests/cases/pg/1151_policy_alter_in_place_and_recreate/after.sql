CREATE TABLE accounts (
    id integer PRIMARY KEY,
    tenant text NOT NULL,
    balance numeric(12,2) NOT NULL DEFAULT 0
);
ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;

-- roles only: ALTER POLICY … TO
CREATE POLICY accounts_roles ON accounts FOR SELECT TO app_read, app_other USING (tenant = current_user);
-- USING only
CREATE POLICY accounts_using ON accounts FOR UPDATE TO app_write USING (tenant = current_user AND balance < 1000);
-- WITH CHECK only
CREATE POLICY accounts_check ON accounts FOR INSERT TO app_write WITH CHECK (balance >= 0 AND balance < 100000);
-- another command: drop and create
CREATE POLICY accounts_command ON accounts FOR UPDATE TO app_write USING (balance = 0);
-- restrictive instead of permissive: drop and create
CREATE POLICY accounts_kind ON accounts AS RESTRICTIVE TO app_read USING (true);
-- an expression removed: ALTER POLICY cannot, so drop and create
CREATE POLICY accounts_dropped_check ON accounts FOR UPDATE TO app_write USING (true);
CREATE POLICY accounts_new ON accounts FOR SELECT TO PUBLIC USING (balance > 0);
COMMENT ON POLICY accounts_roles ON accounts IS 'new comment';
COMMENT ON POLICY accounts_new ON accounts IS 'added';
