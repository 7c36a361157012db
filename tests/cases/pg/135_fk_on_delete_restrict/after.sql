CREATE TABLE categories (
    id integer PRIMARY KEY
);

CREATE TABLE products (
    id integer PRIMARY KEY,
    category_id integer,
    CONSTRAINT products_category_fk FOREIGN KEY (category_id)
        REFERENCES categories (id) ON DELETE RESTRICT
);
