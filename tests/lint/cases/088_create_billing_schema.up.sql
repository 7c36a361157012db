CREATE SCHEMA IF NOT EXISTS billing;

CREATE TABLE billing.tax_rates (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  country_code char(2) NOT NULL,
  region text,
  rate numeric(5,4) NOT NULL,
  valid_from date NOT NULL,
  valid_to date
);

CREATE INDEX tax_rates_country_region_idx ON billing.tax_rates (country_code, region);

SET lock_timeout = '5s';
ALTER TABLE invoices ALTER COLUMN tax_rate TYPE numeric(5,4);
