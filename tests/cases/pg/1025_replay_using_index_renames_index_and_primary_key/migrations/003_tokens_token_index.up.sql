-- shale:no-transaction
CREATE UNIQUE INDEX CONCURRENTLY tokens_token_idx ON tokens (token);
