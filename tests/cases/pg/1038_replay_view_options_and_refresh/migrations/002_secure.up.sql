ALTER VIEW my_accounts SET (security_barrier = true, check_option = local);
ALTER VIEW my_accounts RESET (check_option);
COMMENT ON COLUMN my_accounts.balance IS 'in cents';
