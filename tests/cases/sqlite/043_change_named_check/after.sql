CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    status TEXT NOT NULL DEFAULT 'new',
    CONSTRAINT orders_status_valid CHECK (status IN ('new', 'paid', 'shipped', 'cancelled'))
);
