CREATE EXTENSION IF NOT EXISTS "uuid-ossp";
SET lock_timeout = '5s';
ALTER TABLE customers ADD COLUMN external_id uuid NOT NULL DEFAULT uuid_generate_v4();
CREATE UNIQUE INDEX customers_external_id_key ON customers (external_id);
