CREATE TABLE articles (
    id integer PRIMARY KEY,
    title text,
    search tsvector
);

CREATE INDEX articles_search_idx ON articles USING gin (search);
CREATE INDEX articles_title_fts_idx ON articles USING gin (to_tsvector('english', title));
