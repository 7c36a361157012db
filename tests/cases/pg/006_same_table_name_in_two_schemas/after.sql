CREATE SCHEMA app;

CREATE TABLE public.items (
    id integer PRIMARY KEY,
    label text
);

CREATE TABLE app.items (
    id integer PRIMARY KEY,
    label text,
    owner_id integer
);
