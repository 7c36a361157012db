CREATE TABLE placeholder ();
