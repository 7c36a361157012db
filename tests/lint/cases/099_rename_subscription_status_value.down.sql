ALTER TYPE subscription_status RENAME VALUE 'cancelled' TO 'canceled';
