CREATE TABLE prices (
    sku TEXT NOT NULL,
    currency TEXT NOT NULL DEFAULT 'EUR',
    amount NUMERIC NOT NULL,
    PRIMARY KEY (sku)
);
