CREATE TABLE events (
    id bigint PRIMARY KEY,
    tenant_id integer NOT NULL,
    created_at timestamptz NOT NULL
);

CREATE INDEX events_tenant_created_idx ON events (tenant_id, created_at);
