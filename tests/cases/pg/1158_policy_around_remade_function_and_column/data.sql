INSERT INTO tenants VALUES (1, 'acme.test');
INSERT INTO projects VALUES (1, 'acme.test', 1);
