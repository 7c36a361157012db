CREATE SCHEMA crm;

-- shale:renamed-from leads
CREATE TABLE crm.prospects (
    id bigint PRIMARY KEY,
    source text
);
