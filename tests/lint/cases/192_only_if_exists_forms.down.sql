SET lock_timeout = '5s';
ALTER TABLE shipments DROP CONSTRAINT shipments_tracking_number_key;
ALTER TABLE shipments ADD COLUMN label_pdf bytea;
