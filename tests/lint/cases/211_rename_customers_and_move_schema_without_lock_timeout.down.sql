ALTER TABLE crm.clients SET SCHEMA public;
ALTER TABLE clients RENAME CONSTRAINT clients_pkey TO customers_pkey;
ALTER TABLE clients RENAME TO customers;
