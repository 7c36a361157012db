CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    total NUMERIC NOT NULL DEFAULT 0,
    updated_at TEXT
);

CREATE TABLE order_lines (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders (id),
    amount NUMERIC NOT NULL
);
