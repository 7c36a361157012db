CREATE TABLE categories (
    id integer PRIMARY KEY
);

CREATE TABLE products (
    id integer PRIMARY KEY,
    category_id integer
);
