CREATE TABLE saved_searches (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id bigint NOT NULL,
  query text NOT NULL
);

ALTER TABLE saved_searches ADD COLUMN name text NOT NULL;
ALTER TABLE saved_searches ADD COLUMN last_run_at timestamptz DEFAULT clock_timestamp();
ALTER TABLE saved_searches ALTER COLUMN query SET NOT NULL;
ALTER TABLE saved_searches ALTER COLUMN query TYPE varchar(2000);
ALTER TABLE saved_searches ADD CONSTRAINT saved_searches_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);
ALTER TABLE saved_searches ADD CONSTRAINT saved_searches_query_nonempty CHECK (query <> '');
ALTER TABLE saved_searches ADD CONSTRAINT saved_searches_user_name_key UNIQUE (user_id, name);
