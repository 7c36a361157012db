SELECT id, customer, total FROM invoice_rows ORDER BY id;
