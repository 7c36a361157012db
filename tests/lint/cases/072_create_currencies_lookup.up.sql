CREATE TABLE currencies (
  code char(3) PRIMARY KEY,
  name text NOT NULL,
  minor_units smallint NOT NULL DEFAULT 2
);

INSERT INTO currencies (code, name, minor_units) VALUES
  ('USD', 'US Dollar', 2),
  ('EUR', 'Euro', 2),
  ('JPY', 'Yen', 0);

SET lock_timeout = '5s';
ALTER TABLE invoices ALTER COLUMN currency TYPE text;
ALTER TABLE invoices
  ADD CONSTRAINT invoices_currency_fkey FOREIGN KEY (currency) REFERENCES currencies (code) NOT VALID;
