SELECT id, room FROM bookings ORDER BY id;
