SET lock_timeout = '5s';
ALTER TABLE orders DROP gift_card_code;
