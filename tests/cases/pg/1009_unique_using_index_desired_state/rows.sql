SELECT id, email, handle FROM members ORDER BY id;
