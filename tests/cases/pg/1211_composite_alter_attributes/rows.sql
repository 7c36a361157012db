SELECT id, (home).street, (home).city FROM people ORDER BY id;
