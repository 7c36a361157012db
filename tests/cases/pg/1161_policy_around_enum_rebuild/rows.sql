SELECT id, state::text, reporter FROM tickets ORDER BY id;
