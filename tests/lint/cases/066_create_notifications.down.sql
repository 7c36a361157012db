DROP INDEX users_last_seen_at_idx;
DROP TABLE notifications;
