-- shale:irreversible
SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN gift_wrap boolean, ADD COLUMN gift_message text;
