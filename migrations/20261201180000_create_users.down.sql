DROP TABLE users;
DROP TYPE account_status;
