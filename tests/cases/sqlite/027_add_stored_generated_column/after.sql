CREATE TABLE order_lines (
    id INTEGER PRIMARY KEY,
    quantity INTEGER NOT NULL,
    unit_price REAL NOT NULL,
    line_total REAL GENERATED ALWAYS AS (quantity * unit_price) STORED
);
