SET lock_timeout = '5s';
ALTER TABLE waitlist_entries DROP CONSTRAINT waitlist_entries_pkey, DROP COLUMN id;
