CREATE TABLE stock (
    id integer PRIMARY KEY,
    qty integer NOT NULL CHECK (qty >= 0)
);

CREATE INDEX stock_qty_idx ON stock (qty);

CREATE VIEW low_stock AS
    SELECT id, qty FROM stock WHERE qty < 5;

CREATE VIEW stock_ids AS
    SELECT id FROM stock;

INSERT INTO stock VALUES (1, 3), (2, 40);
