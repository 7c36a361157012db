-- shale:no-transaction
CREATE UNIQUE INDEX CONCURRENTLY tokens_id_idx ON tokens (id);
