CREATE TABLE report_exports (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  requested_by bigint NOT NULL,
  format text NOT NULL DEFAULT 'csv',
  scratch text
);

ALTER TABLE report_exports DROP COLUMN scratch;
