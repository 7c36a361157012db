CREATE FUNCTION tenant_of(username text) RETURNS text
    LANGUAGE sql STABLE
    AS $$ SELECT split_part(username, '@', 2) $$;

CREATE TABLE tenants (
    id integer PRIMARY KEY,
    domain varchar(50) NOT NULL
);

CREATE TABLE projects (
    id integer PRIMARY KEY,
    tenant text NOT NULL,
    tenant_id integer NOT NULL
);
ALTER TABLE projects ENABLE ROW LEVEL SECURITY;
CREATE POLICY projects_tenant ON projects FOR SELECT TO app_read USING (tenant = tenant_of(current_user));
CREATE POLICY projects_domain ON projects FOR UPDATE TO app_write
    USING (EXISTS (SELECT 1 FROM tenants t WHERE t.id = tenant_id AND t.domain = tenant_of(current_user)));
