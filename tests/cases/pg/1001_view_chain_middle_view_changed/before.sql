-- Three views stacked: base_v ← mid_v ← top_v. mid_v loses an output column,
-- which CREATE OR REPLACE VIEW cannot do: mid_v is dropped and recreated, so
-- top_v (which depends on it) is dropped before and recreated after it.
-- base_v and other_v are untouched.
CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL,
    active boolean NOT NULL DEFAULT true
);

CREATE VIEW base_v AS
    SELECT id, email, active FROM users WHERE active;

CREATE VIEW mid_v AS
    SELECT id, email, split_part(email, '@', 2) AS domain FROM base_v;

CREATE VIEW top_v AS
    SELECT domain, count(*) AS n FROM mid_v GROUP BY domain;

CREATE VIEW other_v AS
    SELECT id FROM base_v;
