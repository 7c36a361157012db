SET lock_timeout = '5s';
ALTER TABLE coupons ADD CHECK (valid_until > '2020-01-01');
