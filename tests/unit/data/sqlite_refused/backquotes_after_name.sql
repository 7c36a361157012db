CREATE TABLE orders (
    id INTEGER PRIMARY KEY,Š    total REAL NOT NULL,
    cureventsTE````````````````````````````````````````````````````````XT NÿÿÿÿÿÿÿÿOT NULL DEFAULT 'EUR'
);
