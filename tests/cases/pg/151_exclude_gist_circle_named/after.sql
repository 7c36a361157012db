CREATE TABLE zones (
    id integer PRIMARY KEY,
    area circle NOT NULL,
    CONSTRAINT zones_no_overlap EXCLUDE USING gist (area WITH &&)
);
