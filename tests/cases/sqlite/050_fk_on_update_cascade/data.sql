INSERT INTO countries (code, name) VALUES ('DE', 'Germany'), ('FR', 'France');
INSERT INTO addresses (id, street, country_code) VALUES (1, 'Hauptstr. 1', 'DE'), (2, 'Rue de Rivoli 2', 'FR');
