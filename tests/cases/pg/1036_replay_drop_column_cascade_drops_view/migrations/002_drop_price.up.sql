-- CASCADE drops item_prices and, through it, priced_names; item_names stays
ALTER TABLE items DROP COLUMN price CASCADE;
