CREATE TABLE parcels (
  id INTEGER PRIMARY KEY,
  weight "limit" NUMERIC
);
