SET lock_timeout = '5s';
ALTER TABLE invoices RENAME memo TO internal_note;
