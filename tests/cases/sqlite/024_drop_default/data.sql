INSERT INTO settings (key, value) VALUES ('theme', 'dark');
INSERT INTO settings (key) VALUES ('lang');
