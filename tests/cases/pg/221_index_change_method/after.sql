CREATE TABLE tokens (
    id integer PRIMARY KEY,
    token text
);

CREATE INDEX tokens_token_idx ON tokens USING hash (token);
