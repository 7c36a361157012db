SELECT id, name FROM account_names ORDER BY id;
SELECT id, account_id, total FROM invoices ORDER BY id;
