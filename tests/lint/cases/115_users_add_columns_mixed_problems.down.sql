SET lock_timeout = '5s';
ALTER TABLE users
  DROP COLUMN confirmed_at,
  DROP COLUMN deleted,
  DROP COLUMN signup_source,
  DROP COLUMN referral_code;
