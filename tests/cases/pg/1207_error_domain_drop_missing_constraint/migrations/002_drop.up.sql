ALTER DOMAIN quantity DROP CONSTRAINT quantity_positive;
