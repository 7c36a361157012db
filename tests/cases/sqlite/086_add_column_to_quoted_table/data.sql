INSERT INTO "order" (id, placed_at) VALUES (1, '2024-01-01'), (2, '2024-01-02');
