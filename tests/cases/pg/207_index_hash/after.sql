CREATE TABLE tokens (
    id integer PRIMARY KEY,
    token text NOT NULL
);

CREATE INDEX tokens_token_hash ON tokens USING hash (token);
