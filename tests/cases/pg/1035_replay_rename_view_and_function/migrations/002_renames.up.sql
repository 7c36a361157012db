ALTER VIEW item_prices RENAME TO gross_prices;
ALTER FUNCTION with_tax(numeric) RENAME TO gross_of;
ALTER FUNCTION touch() RENAME TO set_updated_at;
