SET lock_timeout = '5s';
ALTER TABLE clients RENAME TO customers;
CREATE VIEW clients AS SELECT * FROM customers;
