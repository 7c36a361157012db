CREATE TABLE docs (id bigint PRIMARY KEY, body text, words text[]);
CREATE INDEX docs_body ON docs (body) WITH (fillfactor = 70);
CREATE INDEX docs_words ON docs USING gin (words);
