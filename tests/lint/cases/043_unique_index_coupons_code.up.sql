CREATE UNIQUE INDEX coupons_code_key ON coupons (upper(code));
