INSERT INTO bookings VALUES (1, 'A'), (2, 'B');
