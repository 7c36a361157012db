CREATE TABLE public.projects (
    id integer NOT NULL,
    name text NOT NULL
);

ALTER TABLE ONLY public.projects ADD CONSTRAINT projects_pkey PRIMARY KEY (id);
