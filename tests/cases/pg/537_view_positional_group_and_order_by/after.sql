CREATE TABLE events (id integer PRIMARY KEY, kind text NOT NULL, at timestamptz NOT NULL);
-- PostgreSQL stores GROUP BY 1 and ORDER BY 2 as the expressions they name.
CREATE VIEW events_per_kind AS
    SELECT kind, count(*) AS n FROM events GROUP BY 1 ORDER BY 2 DESC, 1;
CREATE VIEW events_per_day AS
    SELECT date_trunc('day', at) AS day, lower(kind) AS kind, count(*) AS n FROM events GROUP BY 1, 2 ORDER BY 1;
