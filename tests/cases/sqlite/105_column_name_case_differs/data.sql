INSERT INTO line_items ("Unit Price", qtY) VALUES (1.5, '2'), (3, '4');
