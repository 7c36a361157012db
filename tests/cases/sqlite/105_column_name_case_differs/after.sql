CREATE TABLE line_items (
  id INTEGER PRIMARY KEY,
  "unit price" REAL,
  qty INTEGER
);
