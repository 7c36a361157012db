CREATE TABLE orders (
    id integer PRIMARY KEY,
    status text CHECK (status IN ('new', 'paid'))
);
