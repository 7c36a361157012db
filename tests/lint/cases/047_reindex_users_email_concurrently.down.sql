-- Nothing to undo: REINDEX only rebuilt the index.
SELECT 1;
