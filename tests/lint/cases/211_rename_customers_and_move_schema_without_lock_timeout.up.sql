ALTER TABLE customers RENAME TO clients;
ALTER TABLE clients RENAME CONSTRAINT customers_pkey TO clients_pkey;
ALTER TABLE clients SET SCHEMA crm;
