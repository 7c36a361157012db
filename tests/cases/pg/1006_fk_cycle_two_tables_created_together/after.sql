-- Two new tables that reference each other: neither CREATE TABLE can carry
-- its foreign key, so the plan creates both tables and then adds the
-- constraints (and the down plan drops the constraints before the tables).
CREATE TABLE teams (
    id integer PRIMARY KEY,
    name text NOT NULL,
    captain_id integer
);

CREATE TABLE players (
    id integer PRIMARY KEY,
    name text NOT NULL,
    team_id integer NOT NULL REFERENCES teams (id)
);

ALTER TABLE teams
    ADD CONSTRAINT teams_captain_id_fkey FOREIGN KEY (captain_id) REFERENCES players (id);
