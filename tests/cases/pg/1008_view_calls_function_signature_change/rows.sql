SELECT id, net FROM prices ORDER BY id;
