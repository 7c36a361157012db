SELECT id, n FROM hot ORDER BY id;
SELECT id FROM cold;
SELECT total FROM hot_totals;
