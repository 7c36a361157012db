ALTER INDEX docs_body SET (fillfactor = 90, deduplicate_items = off);
ALTER INDEX docs_words SET (fastupdate = off);
ALTER INDEX docs_body RESET (fillfactor);
ALTER INDEX IF EXISTS docs_gone SET (fillfactor = 50);
