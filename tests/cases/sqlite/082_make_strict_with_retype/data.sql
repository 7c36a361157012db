INSERT INTO audit_events (id, actor, action, happened_at) VALUES (1, 'ann', 'login', '2024-01-01 09:00:00'), (2, 'bob', 'logout', '2024-01-01 17:30:00');
