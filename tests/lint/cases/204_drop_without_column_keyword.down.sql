-- shale:irreversible
SET lock_timeout = '5s';
ALTER TABLE orders ADD gift_card_code text;
