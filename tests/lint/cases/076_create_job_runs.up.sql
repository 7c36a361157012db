CREATE TABLE job_runs (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  job_name text NOT NULL,
  started_at timestamp without time zone NOT NULL,
  finished_at timestamp(3) with time zone,
  status text NOT NULL
);

DROP TABLE cron_history;
