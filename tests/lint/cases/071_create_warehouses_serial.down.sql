DROP INDEX products_warehouse_id_idx;
ALTER TABLE products DROP COLUMN warehouse_id;
DROP TABLE warehouses;
