INSERT INTO "UserAccounts" ("Id", "Email") VALUES (1, 'ann@example.com'), (2, 'bob@example.com');
