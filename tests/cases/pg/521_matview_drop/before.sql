CREATE TABLE page_views (
    id bigint PRIMARY KEY,
    url text NOT NULL
);

CREATE MATERIALIZED VIEW url_counts AS
    SELECT url, count(*) AS n FROM page_views GROUP BY url;
