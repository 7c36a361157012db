CREATE TABLE regions (
  id int NOT NULL,
  name text NOT NULL,
  CONSTRAINT regions_pkey PRIMARY KEY (id)
);
