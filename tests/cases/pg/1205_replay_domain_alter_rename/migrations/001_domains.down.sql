DROP TABLE items;
DROP DOMAIN quantity;
