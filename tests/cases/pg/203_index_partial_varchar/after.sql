CREATE TABLE jobs (
    id integer PRIMARY KEY,
    s varchar(10) NOT NULL
);

CREATE INDEX jobs_active_idx ON jobs (id) WHERE s <> 'b';
