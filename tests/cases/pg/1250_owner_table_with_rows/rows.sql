SELECT id, amount, note FROM invoices ORDER BY id;
SELECT id, entry FROM audit_log ORDER BY id;
SELECT last_value FROM invoices_id_seq;
