SELECT id, label, isbn FROM books ORDER BY id;
