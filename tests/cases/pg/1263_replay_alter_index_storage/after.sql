CREATE TABLE docs (id bigint PRIMARY KEY, body text, words text[]);
CREATE INDEX docs_body ON docs (body) WITH (deduplicate_items = on);
CREATE INDEX docs_words ON docs USING gin (words) WITH (fastupdate = off, gin_pending_list_limit = 256);
