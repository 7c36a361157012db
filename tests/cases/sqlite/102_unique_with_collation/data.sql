INSERT INTO accounts (handle) VALUES ('Ada'), ('alan'), ('Grace');
