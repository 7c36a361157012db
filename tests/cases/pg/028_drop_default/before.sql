CREATE TABLE tasks (
    id integer PRIMARY KEY,
    status varchar(20) DEFAULT 'open',
    created_at timestamptz DEFAULT now()
);
