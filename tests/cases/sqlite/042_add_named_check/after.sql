CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    total NUMERIC NOT NULL,
    CONSTRAINT orders_total_nonnegative CHECK (total >= 0)
);
