CREATE TYPE status AS ENUM ('a', 'c');
ALTER TYPE status ADD VALUE 'b' BEFORE 'c';
