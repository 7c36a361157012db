-- only WITH (…) changes: ALTER INDEX … SET / RESET, no index rebuilt
CREATE TABLE articles (
    id bigint PRIMARY KEY,
    title text NOT NULL,
    tags text[] NOT NULL DEFAULT '{}',
    published date NOT NULL
);
CREATE INDEX articles_title ON articles (title) WITH (fillfactor = 90);
CREATE INDEX articles_title_dedup ON articles (title, id);
CREATE INDEX articles_tags ON articles USING gin (tags) WITH (fastupdate = on, gin_pending_list_limit = 128);
CREATE INDEX articles_published ON articles USING brin (published) WITH (pages_per_range = 16, autosummarize = on);
CREATE INDEX articles_recent ON articles (published) WITH (fillfactor = 60) WHERE published > '2026-01-01';
