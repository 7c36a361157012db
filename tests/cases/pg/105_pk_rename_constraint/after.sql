CREATE TABLE regions (
    code text,
    CONSTRAINT pk_regions PRIMARY KEY (code)
);
