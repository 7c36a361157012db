CREATE TABLE items (
    id integer PRIMARY KEY,
    shop text NOT NULL
);
CREATE POLICY items_shop ON items USING (shop = current_user);
