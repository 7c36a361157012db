CREATE TABLE accounts (
    id integer PRIMARY KEY,
    tenant text NOT NULL,
    balance numeric(12,2) NOT NULL DEFAULT 0
);
ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;

CREATE POLICY accounts_roles ON accounts FOR SELECT TO app_read USING (tenant = current_user);
CREATE POLICY accounts_using ON accounts FOR UPDATE TO app_write USING (tenant = current_user);
CREATE POLICY accounts_check ON accounts FOR INSERT TO app_write WITH CHECK (balance >= 0);
CREATE POLICY accounts_command ON accounts FOR DELETE TO app_write USING (balance = 0);
CREATE POLICY accounts_kind ON accounts TO app_read USING (true);
CREATE POLICY accounts_gone ON accounts FOR SELECT USING (false);
CREATE POLICY accounts_dropped_check ON accounts FOR UPDATE TO app_write USING (true) WITH CHECK (balance > 0);
COMMENT ON POLICY accounts_roles ON accounts IS 'old comment';
