SET lock_timeout = '5s';
ALTER TABLE csv_imports ADD COLUMN seq bigint NOT NULL GENERATED ALWAYS AS IDENTITY;
