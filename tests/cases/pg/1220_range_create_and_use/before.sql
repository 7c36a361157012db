CREATE TABLE bookings (
    id integer PRIMARY KEY,
    room text NOT NULL
);
