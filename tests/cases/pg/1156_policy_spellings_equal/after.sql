CREATE TABLE posts (
    id integer PRIMARY KEY,
    author varchar(40) NOT NULL,
    score integer NOT NULL DEFAULT 0,
    status text NOT NULL
);
ALTER TABLE posts ENABLE ROW LEVEL SECURITY;
CREATE POLICY posts_all ON public.posts AS PERMISSIVE FOR ALL TO PUBLIC USING ((author)::text = CURRENT_USER);
CREATE POLICY posts_read ON posts AS PERMISSIVE FOR SELECT TO app_read, app_write
    USING (((status = ANY (ARRAY['live'::text, 'pinned'::text])) AND (score > '-1'::integer)));
CREATE POLICY posts_public ON posts FOR SELECT USING (status = 'live'::text);
