CREATE SCHEMA core;
ALTER SCHEMA core OWNER TO app_owner;
CREATE TYPE core.level AS ENUM ('basic', 'gold');
ALTER TYPE core.level OWNER TO app_owner;
CREATE TABLE core.accounts (id bigserial PRIMARY KEY, email text NOT NULL, tier core.level);
ALTER TABLE core.accounts OWNER TO app_owner;
