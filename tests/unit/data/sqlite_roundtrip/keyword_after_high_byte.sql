CREATE TABLE "order" (
    id INTEGER PRIMARY KEY,
    placed_at TEXT NOT NULL,
 
   "group" TEXT,
   ß"limit" INTEGER NOT NULL DEFAULT 10
);
