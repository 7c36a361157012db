TRUNCATE TABLE login_attempts;
