CREATE TABLE "group" (
    id INTEGER PRIMARY KEY,
    "name" TEXT NOT NULL
);

CREATE TABLE "order" (
    id INTEGER PRIMARY KEY,
    "group" INTEGER REFERENCES "group" (id),
    "select" TEXT,
    "where" TEXT
);

CREATE INDEX "order_group_idx" ON "order" ("group");
