SELECT id, plan::text, balance FROM billing.customers ORDER BY id;
