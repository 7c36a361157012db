DELETE FROM taggings t
USING taggings d
WHERE t.tag_id = d.tag_id AND t.task_id = d.task_id AND t.ctid > d.ctid;
SET lock_timeout = '5s';
ALTER TABLE tags ADD CONSTRAINT tags_org_name_key UNIQUE (organization_id, name);
