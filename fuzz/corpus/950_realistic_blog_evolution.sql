CREATE TYPE post_state AS ENUM ('draft', 'published', 'archived');

CREATE TABLE authors (
    id serial PRIMARY KEY,
    name varchar(100) NOT NULL,
    email text UNIQUE
);

CREATE TABLE posts (
    id serial PRIMARY KEY,
    author_id integer NOT NULL REFERENCES authors (id) ON DELETE CASCADE,
    title varchar(300) NOT NULL,
    body text,
    state post_state NOT NULL DEFAULT 'draft',
    published_at timestamptz,
    CONSTRAINT posts_published_has_date CHECK (state <> 'published' OR published_at IS NOT NULL)
);

CREATE INDEX posts_author_idx ON posts (author_id);
CREATE INDEX posts_published_idx ON posts (published_at DESC) WHERE state = 'published';
COMMENT ON TABLE posts IS 'Blog posts';
