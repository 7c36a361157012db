-- CASCADE drops the column default that calls nextval (the column stays)
DROP SEQUENCE ticket_numbers CASCADE;
