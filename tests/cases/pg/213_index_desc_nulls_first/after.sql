CREATE TABLE posts (
    id integer PRIMARY KEY,
    published_at timestamptz,
    score integer
);

CREATE INDEX posts_published_idx ON posts (published_at DESC NULLS LAST);
CREATE INDEX posts_score_idx ON posts (score ASC NULLS FIRST, id DESC);
