COMMENT ON TABLE legacy_events IS 'deprecated: no readers since v42, drop in a later release';
REVOKE ALL ON legacy_events FROM app_user;
