SELECT id, at, note FROM ev_2026 ORDER BY id;
