CREATE TABLE reservations (
    id integer PRIMARY KEY,
    during tsrange NOT NULL,
    EXCLUDE USING gist (during WITH &&)
);
