CREATE TABLE bookings (
    id integer PRIMARY KEY,
    starts_on date NOT NULL,
    ends_on date NOT NULL
);
