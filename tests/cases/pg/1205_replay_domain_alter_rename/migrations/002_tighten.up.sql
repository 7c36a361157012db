-- Added NOT VALID (no scan under lock), validated in the next migration.
ALTER DOMAIN quantity ADD CONSTRAINT quantity_small CHECK (VALUE < 100) NOT VALID;
ALTER DOMAIN quantity SET NOT NULL;
ALTER DOMAIN quantity SET DEFAULT 2;
ALTER DOMAIN quantity RENAME CONSTRAINT quantity_check TO quantity_positive;
