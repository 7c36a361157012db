-- later migrations use the new name
ALTER TABLE customers ADD COLUMN email text;
CREATE INDEX customers_email_idx ON customers (email);
