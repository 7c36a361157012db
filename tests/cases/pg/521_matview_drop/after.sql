CREATE TABLE page_views (
    id bigint PRIMARY KEY,
    url text NOT NULL
);
