CREATE TYPE plan_tier AS ENUM ('free', 'pro');

CREATE TABLE users (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL,
    visits bigint NOT NULL DEFAULT 0,
    tier plan_tier NOT NULL DEFAULT 'free'
);

CREATE TABLE orders (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id),
    total_cents bigint NOT NULL
);
CREATE INDEX orders_user_id_idx ON orders (user_id);
