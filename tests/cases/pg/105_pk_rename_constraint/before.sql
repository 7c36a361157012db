CREATE TABLE regions (
    code text,
    CONSTRAINT regions_pkey PRIMARY KEY (code)
);
