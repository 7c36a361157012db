CREATE TABLE skus (
    code text PRIMARY KEY,
    name text
);
