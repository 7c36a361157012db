CREATE TABLE orders (
    id INTEGER PRIMARY KEY,Š    total REAL NOT NULL,
    currency TE````````````````````````````````````````````````````````XT NÿÿÿÿÿÿÿÿOT NULL DEFAULT 'EUR'
);
