CREATE EXTENSION "uuid-ossp";

CREATE TABLE devices (
    id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
    name text
);
