CREATE SEQUENCE ticket_numbers;
ALTER SEQUENCE ticket_numbers OWNER TO app_owner;
CREATE TABLE tickets (id bigint PRIMARY KEY DEFAULT nextval('ticket_numbers'), title text NOT NULL);
CREATE VIEW open_tickets AS SELECT id, title FROM tickets;
ALTER TABLE open_tickets OWNER TO app_owner;  -- ALTER TABLE names views too
CREATE MATERIALIZED VIEW ticket_counts AS SELECT count(*) AS n FROM tickets;
ALTER MATERIALIZED VIEW ticket_counts OWNER TO app_other;
CREATE FUNCTION ticket_title(bigint) RETURNS text LANGUAGE sql AS $$ SELECT title FROM tickets WHERE id = $1 $$;
ALTER FUNCTION ticket_title OWNER TO app_owner;
CREATE PROCEDURE close_ticket(bigint) LANGUAGE sql AS $$ DELETE FROM tickets WHERE id = $1 $$;
ALTER PROCEDURE close_ticket(bigint) OWNER TO app_owner;
