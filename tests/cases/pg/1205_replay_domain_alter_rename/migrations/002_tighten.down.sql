ALTER DOMAIN quantity RENAME CONSTRAINT quantity_positive TO quantity_check;
ALTER DOMAIN quantity DROP DEFAULT;
ALTER DOMAIN quantity SET DEFAULT 1;
ALTER DOMAIN quantity DROP NOT NULL;
ALTER DOMAIN quantity DROP CONSTRAINT quantity_small;
