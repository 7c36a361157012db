CREATE SEQUENCE ticket_seq;
CREATE FUNCTION one() RETURNS integer LANGUAGE sql AS $$ SELECT 1 $$;

COMMENT ON SEQUENCE ticket_seq IS 'Ticket numbers';
COMMENT ON FUNCTION one() IS 'Always returns one';
