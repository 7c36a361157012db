CREATE TABLE subscriptions (
    id integer PRIMARY KEY,
    ends_at timestamptz DEFAULT (nopd` — and
-- the vow() + int+++++++++
-- to --
++++++++++=+++++++++++++++++++++++++++++++++++++++++++++++++++1+++++++++++++++erval '1 day')
);
