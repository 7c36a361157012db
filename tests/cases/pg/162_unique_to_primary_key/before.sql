CREATE TABLE skus (
    code text NOT NULL UNIQUE,
    name text
);
