CREATE TABLE "OrderNotes" (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  order_id bigint NOT NULL REFERENCES orders (id),
  note text NOT NULL
);

CREATE INDEX "OrderNotes_order_id_idx" ON "OrderNotes" (order_id);

SET lock_timeout = '5s';
ALTER TABLE orders DROP COLUMN notes;
