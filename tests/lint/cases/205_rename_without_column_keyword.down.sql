SET lock_timeout = '5s';
ALTER TABLE invoices RENAME internal_note TO memo;
