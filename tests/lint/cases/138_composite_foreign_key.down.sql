DROP TABLE shipment_items;
