CREATE TABLE page_views (
    id bigint PRIMARY KEY,
    url text NOT NULL,
    bot boolean NOT NULL DEFAULT false
);

CREATE MATERIALIZED VIEW url_counts AS
    SELECT url, count(*) AS n FROM page_views WHERE NOT bot GROUP BY url;

CREATE UNIQUE INDEX url_counts_url_idx ON url_counts (url);
