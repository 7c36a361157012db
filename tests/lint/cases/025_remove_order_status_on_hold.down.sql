-- shale:irreversible
SET lock_timeout = '5s';
ALTER TYPE order_status ADD VALUE 'on_hold' AFTER 'paid';
