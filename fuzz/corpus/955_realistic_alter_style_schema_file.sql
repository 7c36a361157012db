CREATE SEQUENCE public.projects_id_seq AS integer START WITH 1 INCREMENT BY 1;

CREATE TABLE public.projects (
    id integer NOT NULL,
    name text NOT NULL
);

ALTER TABLE public.projects ADD COLUMN owner_email text;
ALTER TABLE ONLY public.projects ALTER COLUMN id SET DEFAULT nextval('public.projects_id_seq'::regclass);
ALTER SEQUENCE public.projects_id_seq OWNED BY public.projects.id;
ALTER TABLE ONLY public.projects ADD CONSTRAINT projects_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.projects ADD CONSTRAINT projects_name_key UNIQUE (name);
CREATE INDEX projects_owner_email_idx ON public.projects USING btree (lower(owner_email));
COMMENT ON COLUMN public.projects.owner_email IS 'Owner contact';
