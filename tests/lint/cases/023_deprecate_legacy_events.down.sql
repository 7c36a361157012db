COMMENT ON TABLE legacy_events IS NULL;
GRANT SELECT, INSERT, UPDATE, DELETE ON legacy_events TO app_user;
