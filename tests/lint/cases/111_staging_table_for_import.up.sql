CREATE TABLE import_staging_rows (
  line_no integer NOT NULL,
  raw jsonb NOT NULL
);

CREATE INDEX import_staging_rows_line_no_idx ON import_staging_rows (line_no);

DROP TABLE import_staging_rows;
