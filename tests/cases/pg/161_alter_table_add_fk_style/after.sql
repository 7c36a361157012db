CREATE TABLE orders (
    id integer PRIMARY KEY
);

CREATE TABLE order_lines (
    order_id integer NOT NULL,
    line_no integer NOT NULL
);

ALTER TABLE ONLY order_lines
    ADD CONSTRAINT order_lines_pkey PRIMARY KEY (order_id, line_no);

ALTER TABLE ONLY order_lines
    ADD CONSTRAINT order_lines_order_id_fkey FOREIGN KEY (order_id) REFERENCES orders(id) ON DELETE CASCADE;
