CREATE TABLE orders (
    id integer PRIMARY KEY,
    status varchar(16) NOT NULL,
    CONSTRAINT orders_status_check CHECK (status IN ('new', 'paid', 'shipped', 'cancelled'))
);
