SET lock_timeout = '5s';
ALTER TABLE customers ADD COLUMN country_code char(2);
UPDATE customers c SET country_code = a.country_code
FROM addresses a
WHERE a.customer_id = c.id AND c.country_code IS NULL;
ALTER TABLE customers ALTER COLUMN country_code SET NOT NULL;
