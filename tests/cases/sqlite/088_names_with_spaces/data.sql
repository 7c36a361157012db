INSERT INTO "line items" (id, "product name", "unit price", qty) VALUES (1, 'Pen', 1.5, '3'), (2, 'Pad', 3.0, NULL);
