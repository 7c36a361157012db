SELECT id, owner, title, published FROM documents ORDER BY id;
