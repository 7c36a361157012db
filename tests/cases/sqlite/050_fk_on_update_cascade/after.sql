CREATE TABLE countries (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL
);

CREATE TABLE addresses (
    id INTEGER PRIMARY KEY,
    street TEXT NOT NULL,
    country_code TEXT NOT NULL REFERENCES countries (code) ON UPDATE CASCADE ON DELETE RESTRICT
);
