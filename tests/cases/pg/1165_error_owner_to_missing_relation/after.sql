CREATE TABLE accounts (
    id bigint PRIMARY KEY
);

ALTER TABLE account OWNER TO app_owner;
