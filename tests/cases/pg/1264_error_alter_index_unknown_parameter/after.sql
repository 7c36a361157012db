CREATE TABLE docs (id bigint PRIMARY KEY, words text[]);
CREATE INDEX docs_words ON docs USING gin (words);
ALTER INDEX docs_words SET (fillfactor = 50);
