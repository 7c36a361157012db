INSERT INTO items (name, price) VALUES ('pen', 1.50), ('ink', 3.25);
SELECT nextval('counter'); SELECT nextval('counter');
INSERT INTO tags (label) VALUES ('a'), ('b');
