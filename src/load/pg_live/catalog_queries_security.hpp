// The catalog query of row-level security (beside catalog_queries.hpp, with
// its placeholders): each table with row level security enabled or forced,
// or with policies, once per policy (policy columns NULL for a table without).
// Roles come as oids (0: PUBLIC) turned into names on the server; the reader
// sorts them. pg_get_expr with the table's oid prints the expressions as
// pg_policies does, with column names.
#pragma once

namespace shale::load::pg_live::queries {

inline const char* kRowSecurity = R"SQL(
SELECT c.oid, c.relrowsecurity, c.relforcerowsecurity,
       p.polname, p.polpermissive, p.polcmd,
       (SELECT json_agg(CASE WHEN r.oid = 0 THEN 'public' ELSE pg_get_userbyid(r.oid)::text END)
          FROM unnest(p.polroles) r(oid)),
       pg_get_expr(p.polqual, p.polrelid), pg_get_expr(p.polwithcheck, p.polrelid), ds.description, p.oid
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_policy p ON p.polrelid = c.oid
LEFT JOIN pg_description ds ON ds.objoid = p.oid AND ds.classoid = 'pg_policy'::regclass AND ds.objsubid = 0
WHERE c.relkind IN ('r', 'p') AND (c.relrowsecurity OR c.relforcerowsecurity OR p.oid IS NOT NULL) AND $SCHEMAS
  AND NOT (n.nspname = 'public' AND c.relname = $HISTORY)
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                  AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY c.oid, p.polname)SQL";

// Privileges where they differ from the defaults (model::Privilege): each
// object whose ACL is not NULL (NULL is acldefault), as (class, relkind or
// '', oid, schema, name, column, grantee, privilege, grantable, revoked).
// Classes: r relation, c column, f function or procedure, t type, n schema,
// d default privileges (relkind: pg_default_acl.defaclobjtype; schema: IN
// SCHEMA or ''; name: FOR ROLE). Global default privileges differ from
// acldefault; a schema's own start from nothing.
// A schema's default is what initdb left it (pg_init_privs: public's), or
// acldefault. The owner's own entries are left out; one row per grantor is
// merged by the reader. Extension members are left out (their script sets
// their privileges), as is shale's history table.
inline const char* kPrivileges = R"SQL(
WITH obj AS (
  SELECT 'r' AS cls, c.relkind::text AS relkind, c.oid, n.nspname, c.relname AS name, NULL::name AS col, c.relowner AS owner,
         c.relacl AS acl, acldefault(CASE WHEN c.relkind = 'S' THEN 's' ELSE 'r' END::"char", c.relowner) AS def
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relacl IS NOT NULL AND c.relkind IN ('r', 'p', 'v', 'm', 'S') AND $SCHEMAS
    AND NOT (n.nspname = 'public' AND c.relname = $HISTORY) AND NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = 'pg_class'::regclass AND x.objid = c.oid AND x.deptype = 'e')
  UNION ALL
  SELECT 'c', '', c.oid, n.nspname, c.relname, a.attname, c.relowner, a.attacl, NULL
  FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE a.attacl IS NOT NULL AND a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm') AND $SCHEMAS
    AND NOT (n.nspname = 'public' AND c.relname = $HISTORY) AND NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = 'pg_class'::regclass AND x.objid = c.oid AND x.deptype = 'e')
  UNION ALL
  SELECT 'f', '', p.oid, n.nspname, p.proname, NULL, p.proowner, p.proacl, acldefault('f', p.proowner)
  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
  WHERE p.proacl IS NOT NULL AND p.prokind IN ('f', 'p') AND $SCHEMAS AND NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = 'pg_proc'::regclass AND x.objid = p.oid AND x.deptype = 'e')
  UNION ALL
  SELECT 't', '', t.oid, n.nspname, t.typname, NULL, t.typowner, t.typacl, acldefault('T', t.typowner)
  FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
  WHERE t.typacl IS NOT NULL AND $SCHEMAS AND NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = 'pg_type'::regclass AND x.objid = t.oid AND x.deptype = 'e')
  UNION ALL
  SELECT 'n', '', n.oid, n.nspname, n.nspname, NULL, n.nspowner, n.nspacl, COALESCE(ip.initprivs, acldefault('n', n.nspowner))
  FROM pg_namespace n
  LEFT JOIN pg_init_privs ip ON ip.objoid = n.oid AND ip.classoid = 'pg_namespace'::regclass AND ip.objsubid = 0
  WHERE n.nspacl IS NOT NULL AND $SCHEMAS AND NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = 'pg_namespace'::regclass AND x.objid = n.oid AND x.deptype = 'e')
  UNION ALL
  SELECT 'd', d.defaclobjtype::text, d.oid, COALESCE(n.nspname, ''), pg_get_userbyid(d.defaclrole)::text, NULL, d.defaclrole,
         d.defaclacl, CASE WHEN d.defaclnamespace = 0
                      THEN acldefault(CASE d.defaclobjtype WHEN 'S' THEN 's' ELSE d.defaclobjtype END::"char", d.defaclrole) END
  FROM pg_default_acl d LEFT JOIN pg_namespace n ON n.oid = d.defaclnamespace
  WHERE d.defaclnamespace = 0 OR ($SCHEMAS)
)
SELECT o.cls, o.relkind, o.oid, o.nspname, o.name, o.col,
       CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(a.grantee)::text END, a.privilege_type, a.is_grantable, false
FROM obj o, aclexplode(o.acl) a
WHERE a.grantee <> o.owner
  AND NOT EXISTS (SELECT 1 FROM aclexplode(o.def) d
                  WHERE d.grantee = a.grantee AND d.privilege_type = a.privilege_type AND d.is_grantable = a.is_grantable)
UNION ALL
SELECT o.cls, o.relkind, o.oid, o.nspname, o.name, o.col,
       CASE WHEN d.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(d.grantee)::text END, d.privilege_type, false, true
FROM obj o, aclexplode(o.def) d
WHERE d.grantee <> o.owner
  AND NOT EXISTS (SELECT 1 FROM aclexplode(o.acl) a WHERE a.grantee = d.grantee AND a.privilege_type = d.privilege_type)
ORDER BY 1, 4, 5, 6, 7, 8)SQL";

}  // namespace shale::load::pg_live::queries
