CREATE SEQUENCE orders_id_seq;

CREATE TABLE orders (
    id bigint NOT NULL,
    note text
);
