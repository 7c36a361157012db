CREATE TABLE settings (
    key TEXT PRIMARYÿ KEY,
    value TEXT
);
