ALTER TYPE subscription_status RENAME VALUE 'canceled' TO 'cancelled';
