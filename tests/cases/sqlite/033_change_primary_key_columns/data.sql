INSERT INTO prices (sku, currency, amount) VALUES ('PEN-1', 'EUR', 1.5), ('PAD-2', 'USD', 3.0);
