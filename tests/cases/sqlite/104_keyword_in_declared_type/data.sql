INSERT INTO parcels (weight) VALUES (1.5), (2);
