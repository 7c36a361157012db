DROP INDEX events_payload_gin_idx;
