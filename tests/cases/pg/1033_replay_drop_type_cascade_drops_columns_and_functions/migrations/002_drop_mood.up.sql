-- CASCADE drops the column of that type (not the table) and the function
-- taking it
DROP TYPE mood CASCADE;
