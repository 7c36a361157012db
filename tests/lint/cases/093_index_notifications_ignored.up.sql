-- shale:ignore create-index-non-concurrently notifications has < 1000 rows in every environment
CREATE INDEX notifications_kind_idx ON notifications (kind);
