CREATE TABLE page_views (
    id bigint PRIMARY KEY,
    url text NOT NULL
);

CREATE MATERIALIZED VIEW url_counts AS
    SELECT url, count(*) AS n FROM page_views GROUP BY url;

CREATE UNIQUE INDEX url_counts_url_idx ON url_counts (url);
CREATE INDEX url_counts_n_idx ON url_counts (n DESC);
