CREATE TABLE posts (
    id integer PRIMARY KEY,
    author varchar(40) NOT NULL,
    score integer NOT NULL DEFAULT 0,
    status text NOT NULL
);
ALTER TABLE posts ENABLE ROW LEVEL SECURITY;
CREATE POLICY posts_all ON posts USING (author = current_user);
CREATE POLICY posts_read ON posts FOR SELECT TO app_write, app_read USING (status IN ('live', 'pinned') AND score > -1);
CREATE POLICY posts_public ON posts FOR SELECT TO PUBLIC, app_read USING (status = 'live');
