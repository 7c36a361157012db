CREATE TABLE articles (
    id bigint PRIMARY KEY,
    title text NOT NULL,
    tags text[] NOT NULL DEFAULT '{}',
    published date NOT NULL
);
CREATE INDEX articles_title ON articles (title) WITH (fillfactor = 70);
CREATE INDEX articles_title_dedup ON articles (title, id) WITH (deduplicate_items = off, fillfactor = 80);
CREATE INDEX articles_tags ON articles USING gin (tags) WITH (fastupdate = off);
CREATE INDEX articles_published ON articles USING brin (published) WITH (pages_per_range = 32);
CREATE INDEX articles_recent ON articles (published) WHERE published > '2026-01-01';
