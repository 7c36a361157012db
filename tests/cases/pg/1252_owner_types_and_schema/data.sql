INSERT INTO billing.customers VALUES (1, 'pro', 100), (2, 'free', NULL);
