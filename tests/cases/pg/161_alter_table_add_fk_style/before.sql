CREATE TABLE orders (
    id integer PRIMARY KEY
);

CREATE TABLE order_lines (
    order_id integer NOT NULL,
    line_no integer NOT NULL
);
