-- CASCADE drops the trigger that calls it
DROP FUNCTION touch_updated_at() CASCADE;
