ALTER DOMAIN app.code RENAME TO product_code;
ALTER TYPE app.short_code RENAME TO short_product_code;
