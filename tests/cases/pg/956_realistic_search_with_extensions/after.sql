CREATE EXTENSION pg_trgm;
CREATE EXTENSION citext;

CREATE TABLE articles (
    id bigint PRIMARY KEY,
    title text NOT NULL,
    body text,
    author_email citext,
    search tsvector GENERATED ALWAYS AS (
        to_tsvector('english', coalesce(title, '') || ' ' || coalesce(body, ''))
    ) STORED
);

CREATE INDEX articles_search_idx ON articles USING gin (search);
CREATE INDEX articles_title_trgm_idx ON articles USING gist (title gist_trgm_ops);
