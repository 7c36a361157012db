SET lock_timeout = '5s';
ALTER TABLE IF EXISTS ONLY shipments DROP COLUMN IF EXISTS label_pdf;
ALTER TABLE ONLY shipments ADD CONSTRAINT shipments_tracking_number_key UNIQUE (carrier, tracking_number);
