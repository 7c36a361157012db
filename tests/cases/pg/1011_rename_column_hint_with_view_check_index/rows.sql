SELECT id, code FROM product_codes ORDER BY id;
