CREATE TABLE "order" (
    id INTEGER PRIMARY KEY,
    placed_at TEXT NOT NULL
);
