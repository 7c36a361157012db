CREATE TABLE "UserAccounts" (
    "Id" INTEGER PRIMARY KEY,
    "Email" TEXT NOT NULL
);
