-- shale:irreversible
SET lock_timeout = '5s';
ALTER TABLE line_items RENAME TO line_items_new;
