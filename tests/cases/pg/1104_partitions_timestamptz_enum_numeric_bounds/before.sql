CREATE TYPE status AS ENUM ('new', 'done', 'gone');
