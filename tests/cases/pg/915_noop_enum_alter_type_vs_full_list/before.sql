CREATE TYPE status AS ENUM ('a', 'b', 'c');
