CREATE INDEX events_payload_gin_idx ON events USING gin (payload jsonb_path_ops);
