-- shale:renamed-from usr
CREATE TABLE users (
    id integer PRIMARY KEY,
    -- shale:renamed-from mail
    email varchar(200) NOT NULL,
    created timestamptz DEFAULT now()
);
