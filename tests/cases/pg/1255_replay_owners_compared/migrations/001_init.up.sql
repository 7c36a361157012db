CREATE SCHEMA AUTHORIZATION app_owner;
CREATE TABLE app_owner.accounts (id bigserial PRIMARY KEY, email text NOT NULL);
ALTER TABLE app_owner.accounts OWNER TO app_read;
CREATE TYPE app_owner.tier AS ENUM ('basic', 'gold');
ALTER TYPE app_owner.tier OWNER TO app_read;
