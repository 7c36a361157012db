-- PostgreSQL renames each index to its constraint's name, and the primary
-- key sets NOT NULL on id.
ALTER TABLE tokens ADD CONSTRAINT tokens_pkey PRIMARY KEY USING INDEX tokens_id_idx;
ALTER TABLE tokens ADD CONSTRAINT tokens_token_key UNIQUE USING INDEX tokens_token_idx;
