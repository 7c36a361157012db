CREATE TABLE "UserAccounts "(
    "Id" INTEGER "2Email" T NOT NULL
);
