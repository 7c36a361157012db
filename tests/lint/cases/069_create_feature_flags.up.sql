CREATE TABLE feature_flags (
  key text PRIMARY KEY,
  description text NOT NULL DEFAULT '',
  enabled boolean NOT NULL DEFAULT false,
  rollout_percent smallint NOT NULL DEFAULT 0 CHECK (rollout_percent BETWEEN 0 AND 100),
  updated_at timestamptz NOT NULL DEFAULT now()
);

INSERT INTO feature_flags (key, description) VALUES
  ('new_checkout', 'Single-page checkout'),
  ('invoice_pdf_v2', 'Rendered invoice PDFs');

DROP TABLE settings;
