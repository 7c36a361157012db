CREATE TABLE "user" (
    id integer PRIMARY KEY,
    name text,
    "select" boolean NOT NULL DEFAULT false,
    "order" integer,
    "group" text,
    "check" text
);

CREATE TABLE "table" (
    "column" text,
    "from" date,
    "to" date
);
