CREATE TABLE events (
    id serial PRIMARY KEY,
    seq bigserial,
    name text NOT NULL
);

CREATE TABLE kept (
    id bigserial PRIMARY KEY
);
