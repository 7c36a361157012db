CREATE TABLE "UserAccounts" (
    "Id" INTEGER PRIMARY KEY,
    "Email" TEXT NOT NULL,
    "DisplayName" TEXT
);

CREATE INDEX "UserAccounts_Email_idx" ON "UserAccounts" ("Email");
