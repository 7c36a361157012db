INSERT INTO enrollments (id, student_id, course_id) VALUES (1, 1, 1), (2, 1, 2), (3, 2, 1);
