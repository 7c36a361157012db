CREATE TYPE status AS ENUM ('draft', 'sent');
CREATE TABLE letters (
    id integer PRIMARY KEY,
    status status NOT NULL DEFAULT 'draft'
);
