CREATE TABLE orders (
    id integer PRIMARY KEY,
    status character varying(10),
    CONSTRAINT orders_status_check CHECK (((status)::text = ANY ((ARRAY['new'::character varying, 'paid'::character varying])::text[])))
);
