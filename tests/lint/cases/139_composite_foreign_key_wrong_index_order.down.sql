DROP TABLE return_items;
