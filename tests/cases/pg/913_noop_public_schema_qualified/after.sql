CREATE TABLE public.users (
    id integer PRIMARY KEY
);
CREATE VIEW public.v_users AS SELECT users.id FROM public.users;
