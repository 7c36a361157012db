ALTER INDEX docs_body RESET (deduplicate_items);
ALTER INDEX docs_body SET (fillfactor = 70);
ALTER INDEX docs_words RESET (fastupdate);
