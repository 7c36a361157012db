-- The desired state widens the renamed column. The plan starts from the
-- replayed migrations, so the replay must know that low_stock reads
-- `quantity` (it is dropped around the type change) and that stock_ids
-- does not; the rows survive.
CREATE TABLE stock (
    id integer PRIMARY KEY,
    quantity bigint NOT NULL,
    CONSTRAINT stock_qty_check CHECK (quantity >= 0)
);

CREATE INDEX stock_qty_idx ON stock (quantity);

CREATE VIEW low_stock AS
    SELECT id, quantity AS qty FROM stock WHERE quantity < 5;

CREATE VIEW stock_ids AS
    SELECT id FROM stock;
