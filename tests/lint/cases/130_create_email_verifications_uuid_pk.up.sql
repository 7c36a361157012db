CREATE TABLE email_verifications (
  id uuid NOT NULL DEFAULT uuid_generate_v4(),
  user_id bigint NOT NULL,
  email text NOT NULL,
  verified_at timestamptz,
  CONSTRAINT email_verifications_pkey PRIMARY KEY (id)
);
