INSERT INTO currencies (code, name, decimals) VALUES ('EUR', 'Euro', 2), ('JPY', 'Yen', 0), ('USD', 'US Dollar', 2);
