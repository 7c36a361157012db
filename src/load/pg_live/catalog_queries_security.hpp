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

}  // namespace shale::load::pg_live::queries
