CREATE TABLE orders (
    id integer PRIMARY KEY,
    status text CHECK (status = ANY (ARRAY['new'::text, 'paid'::text]))
);
