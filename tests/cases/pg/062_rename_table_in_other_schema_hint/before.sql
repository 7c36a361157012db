CREATE SCHEMA crm;

CREATE TABLE crm.leads (
    id bigint PRIMARY KEY,
    source text
);
