CREATE TABLE api_keys (
    id uuid PRIMARY KEY,
    name text NOT NULL
);
