SELECT id, owner, shared FROM draft_rows ORDER BY id;
