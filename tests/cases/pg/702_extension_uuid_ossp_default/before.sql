CREATE TABLE devices (
    id uuid PRIMARY KEY,
    name text
);
