CREATE TEMP TABLE tmp_customer_countries AS
SELECT DISTINCT ON (customer_id) customer_id, country_code
FROM addresses
ORDER BY customer_id, id DESC;

UPDATE customers c SET country_code = t.country_code
FROM tmp_customer_countries t
WHERE t.customer_id = c.id AND c.country_code IS NULL;

DROP TABLE tmp_customer_countries;
