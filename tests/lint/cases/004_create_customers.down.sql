DROP INDEX organizations_created_at_idx;
DROP TABLE customers;
