DROP TABLE invoice_events;
