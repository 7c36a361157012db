CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL
);

CREATE TABLE audit_log (
    id bigint PRIMARY KEY,
    message text,
    logged_at timestamp
);
