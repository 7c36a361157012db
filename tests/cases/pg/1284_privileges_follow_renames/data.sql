INSERT INTO customer VALUES (1, 'Ann', 'vip'), (2, 'Bob', NULL);
