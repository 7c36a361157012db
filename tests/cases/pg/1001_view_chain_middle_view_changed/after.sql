CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL,
    active boolean NOT NULL DEFAULT true
);

CREATE VIEW base_v AS
    SELECT id, email, active FROM users WHERE active;

CREATE VIEW mid_v AS
    SELECT id, split_part(email, '@', 2) AS domain FROM base_v;

CREATE VIEW top_v AS
    SELECT domain, count(*) AS n FROM mid_v GROUP BY domain;

CREATE VIEW other_v AS
    SELECT id FROM base_v;
