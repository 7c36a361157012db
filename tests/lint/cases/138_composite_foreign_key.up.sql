CREATE TABLE shipment_items (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  shipment_id bigint NOT NULL REFERENCES shipments (id),
  order_id bigint NOT NULL,
  order_item_id bigint NOT NULL,
  quantity integer NOT NULL,
  FOREIGN KEY (order_id, order_item_id) REFERENCES order_items (order_id, id)
);

CREATE INDEX shipment_items_shipment_id_idx ON shipment_items (shipment_id);
CREATE INDEX shipment_items_order_item_idx ON shipment_items (order_id, order_item_id, quantity);
