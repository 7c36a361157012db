CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    -- shale:renamed-from fullname
    display_name TEXT NOT NULL,
    email TEXT
);
