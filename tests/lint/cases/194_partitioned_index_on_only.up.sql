-- Build the parent index without recursing; partition indexes are built
-- concurrently in the next migrations and attached afterwards.
CREATE INDEX events_occurred_at_kind_idx ON ONLY events (occurred_at, kind);
