DROP INDEX coupons_code_key;
