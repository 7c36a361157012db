INSERT INTO audit_events SELECT * FROM audit_events_archive;
DROP TABLE audit_events_archive;
