CREATE TABLE cron_history (
  id bigint PRIMARY KEY,
  job text NOT NULL,
  ran_at timestamptz NOT NULL
);
DROP TABLE job_runs;
