CREATE TYPE level AS ENUM ('debug', 'info', 'warn', 'error');

CREATE TABLE log_config (
    id integer PRIMARY KEY,
    min_level level NOT NULL DEFAULT 'warn'
);
