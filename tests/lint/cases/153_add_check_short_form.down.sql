SET lock_timeout = '5s';
ALTER TABLE coupons DROP CONSTRAINT coupons_valid_until_check;
