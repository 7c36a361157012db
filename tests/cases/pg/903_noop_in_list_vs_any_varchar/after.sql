CREATE TABLE orders (
    id integer PRIMARY KEY,
    status character varying(10),
    CONSTRAINT orders_status_check CHECK (status = ANY (ARRAY['new'::varchar, 'paid'::varchar]))
);
