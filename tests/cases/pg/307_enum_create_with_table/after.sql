CREATE TABLE other (
    id integer PRIMARY KEY
);

CREATE TYPE "Weekday" AS ENUM ('Mon', 'Tue', 'Wed', 'Thu', 'Fri');

CREATE TABLE shifts (
    id integer PRIMARY KEY,
    day "Weekday" NOT NULL
);
