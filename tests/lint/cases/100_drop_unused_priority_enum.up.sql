DROP TYPE IF EXISTS ticket_priority;
