CREATE TABLE sales (
    id integer PRIMARY KEY,
    region text NOT NULL,
    amount numeric(10,2) NOT NULL
);

CREATE VIEW big_sales AS
    SELECT id, amount FROM sales WHERE amount > 100;
