SET lock_timeout = '5s';
ALTER TABLE waitlist_entries
  ADD COLUMN id integer GENERATED ALWAYS AS IDENTITY,
  ADD CONSTRAINT waitlist_entries_pkey PRIMARY KEY (id);
