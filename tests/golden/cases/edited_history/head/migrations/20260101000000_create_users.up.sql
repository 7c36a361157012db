CREATE TABLE users (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL,
    legacy_flag boolean,
    visits bigint NOT NULL DEFAULT 0
);
