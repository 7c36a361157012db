CREATE TABLE settings (
    id integer PRIMARY KEY,
    label varchar(20) DEFAULT 'a',
    config jsonb NOT NULL DEFAULT '{}',
    list int[] DEFAULT '{}',
    tags text[] DEFAULT ARRAY['x', 'y'],
    enabled boolean DEFAULT true,
    offset_value integer DEFAULT -1,
    ratio numeric DEFAULT 1.5,
    weight real DEFAULT 0.25,
    big bigint DEFAULT 9000000000,
    raw bytea DEFAULT '\x00ff',
    note text DEFAULT ''
);
