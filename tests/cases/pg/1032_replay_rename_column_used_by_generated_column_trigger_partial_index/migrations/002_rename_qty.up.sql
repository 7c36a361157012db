ALTER TABLE lines RENAME COLUMN qty TO quantity;
