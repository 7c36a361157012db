CREATE TABLE clients (
    id integer PRIMARY KEY,
    -- shale:renamed-from fullname
    display_name text NOT NULL,
    email text
);
