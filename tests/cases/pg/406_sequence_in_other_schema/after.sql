CREATE SCHEMA counters;

CREATE SEQUENCE counters.page_views START WITH 1 INCREMENT BY 1 NO MAXVALUE;

CREATE TABLE counters.pages (
    id bigint PRIMARY KEY DEFAULT nextval('counters.page_views'),
    url text NOT NULL
);
