CREATE TABLE codes (
    id integer PRIMARY KEY,
    code text,
    scope text
);

CREATE INDEX codes_code_c_idx ON codes (code COLLATE "C");
CREATE UNIQUE INDEX codes_scope_code_idx ON codes (scope, code) NULLS NOT DISTINCT;
