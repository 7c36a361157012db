SET lock_timeout = '5s';
ALTER TABLE users
  ADD COLUMN referral_code varchar(16),
  ADD COLUMN signup_source text NOT NULL,
  ADD COLUMN deleted boolean DEFAULT false,
  ADD COLUMN confirmed_at timestamp;
