CREATE TABLE uploads (
  id uuid PRIMARY KEY DEFAULT uuid_generate_v7(),
  uploader_id bigint NOT NULL,
  path text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
