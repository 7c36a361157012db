CREATE TABLE order_lines (
    id INTEGER PRIMARY KEY,
    sku TEXT NOT NULL,
    qty INTEGER NOT NULL CHECK (qty > 0 AND qty <= 100)
);
