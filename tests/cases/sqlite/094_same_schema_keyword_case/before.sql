CREATE TABLE orders (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id INTEGER NOT NULL,
    total NUMERIC NOT NULL DEFAULT 0,
    UNIQUE (user_id, id)
);

CREATE UNIQUE INDEX orders_user_total_idx ON orders (user_id, total DESC);
