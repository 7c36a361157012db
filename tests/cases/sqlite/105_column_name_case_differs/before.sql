CREATE TABLE line_items (
  id INTEGER PRIMARY KEY,
  "Unit Price" REAL,
  qtY TEXT
);
