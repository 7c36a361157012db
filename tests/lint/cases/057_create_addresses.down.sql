DROP INDEX customers_name_idx;
DROP TABLE addresses;
