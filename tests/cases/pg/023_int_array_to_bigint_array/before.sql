CREATE TABLE buckets (
    id integer PRIMARY KEY,
    member_ids int[]
);
