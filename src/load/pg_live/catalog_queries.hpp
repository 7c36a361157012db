// The catalog queries behind introspect(), one per object kind.
// $SCHEMAS is replaced by the schema filter on alias n (pg_namespace),
// $HISTORY by shale's history table name (a quoted literal).
// Objects that belong to an extension (pg_depend deptype 'e') are skipped:
// they are the extension's, not the user's.
#pragma once

namespace shale::load::pg_live::queries {

inline const char* kSchemas = R"SQL(
SELECT n.nspname, obj_description(n.oid, 'pg_namespace')
FROM pg_namespace n
WHERE $SCHEMAS
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_namespace'::regclass
                  AND d.objid = n.oid AND d.deptype = 'e')
ORDER BY n.nspname)SQL";

inline const char* kExtensions = R"SQL(
SELECT e.extname, n.nspname
FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
WHERE e.extname <> 'plpgsql'
ORDER BY e.extname)SQL";

inline const char* kEnums = R"SQL(
SELECT n.nspname, t.typname,
       (SELECT json_agg(e.enumlabel ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid),
       obj_description(t.oid, 'pg_type')
FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
WHERE t.typtype = 'e' AND $SCHEMAS
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_type'::regclass
                  AND d.objid = t.oid AND d.deptype = 'e')
ORDER BY t.oid)SQL";

inline const char* kColumns = R"SQL(
SELECT n.nspname, c.relname, obj_description(c.oid, 'pg_class'),
       a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
       pg_get_expr(ad.adbin, ad.adrelid), a.attidentity, a.attgenerated,
       CASE WHEN a.attcollation <> ty.typcollation THEN co.collname END,
       col_description(c.oid, a.attnum),
       format_type(s.seqtypid, NULL), s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
LEFT JOIN pg_attrdef ad ON ad.adrelid = c.oid AND ad.adnum = a.attnum
LEFT JOIN pg_type ty ON ty.oid = a.atttypid
LEFT JOIN pg_collation co ON co.oid = a.attcollation
LEFT JOIN pg_depend idep ON a.attidentity <> '' AND idep.refclassid = 'pg_class'::regclass
     AND idep.refobjid = c.oid AND idep.refobjsubid = a.attnum AND idep.deptype = 'i'
     AND idep.classid = 'pg_class'::regclass
LEFT JOIN pg_sequence s ON s.seqrelid = idep.objid
WHERE c.relkind IN ('r', 'p') AND $SCHEMAS
  AND NOT (n.nspname = 'public' AND c.relname = $HISTORY)
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                  AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY n.nspname, c.relname, a.attnum)SQL";

inline const char* kConstraints = R"SQL(
SELECT n.nspname, c.relname, con.conname, con.contype, pg_get_constraintdef(con.oid),
       obj_description(con.oid, 'pg_constraint'),
       (SELECT json_agg(a.attname ORDER BY k.ord)
          FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
          JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum),
       rn.nspname, rc.relname
FROM pg_constraint con
JOIN pg_class c ON c.oid = con.conrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_class rc ON rc.oid = con.confrelid
LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
WHERE con.contype IN ('p', 'u', 'c', 'f', 'x') AND $SCHEMAS
ORDER BY n.nspname, c.relname, con.oid)SQL";

inline const char* kIndexes = R"SQL(
SELECT n.nspname, ic.relname, tc.relname, i.indisunique, pg_get_indexdef(i.indexrelid),
       obj_description(ic.oid, 'pg_class'),
       (SELECT json_agg(a.attname ORDER BY a.attnum) FROM pg_attribute a
         WHERE a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey))
FROM pg_index i
JOIN pg_class ic ON ic.oid = i.indexrelid
JOIN pg_class tc ON tc.oid = i.indrelid
JOIN pg_namespace n ON n.oid = tc.relnamespace
WHERE $SCHEMAS AND tc.relkind IN ('r', 'p', 'm')
  AND NOT (n.nspname = 'public' AND tc.relname = $HISTORY)
  AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid
                  AND k.conrelid = i.indrelid AND k.contype IN ('p', 'u', 'x'))
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                  AND d.objid = tc.oid AND d.deptype = 'e')
ORDER BY n.nspname, ic.relname)SQL";

inline const char* kSequences = R"SQL(
SELECT n.nspname, c.relname,
       format_type(s.seqtypid, NULL), s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle,
       oc.relname, oa.attname, obj_description(c.oid, 'pg_class')
FROM pg_sequence s
JOIN pg_class c ON c.oid = s.seqrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_depend od ON od.classid = 'pg_class'::regclass AND od.objid = c.oid
     AND od.refclassid = 'pg_class'::regclass AND od.deptype IN ('a', 'i') AND od.refobjsubid > 0
LEFT JOIN pg_class oc ON oc.oid = od.refobjid
LEFT JOIN pg_attribute oa ON oa.attrelid = od.refobjid AND oa.attnum = od.refobjsubid
WHERE $SCHEMAS AND (od.deptype IS NULL OR od.deptype = 'a')
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                  AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY c.oid)SQL";

inline const char* kViews = R"SQL(
SELECT n.nspname, c.relname, c.relkind = 'm', pg_get_viewdef(c.oid), obj_description(c.oid, 'pg_class')
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('v', 'm') AND $SCHEMAS
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                  AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY c.oid)SQL";

inline const char* kFunctions = R"SQL(
SELECT n.nspname, p.proname, pg_get_functiondef(p.oid), obj_description(p.oid, 'pg_proc')
FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE p.prokind IN ('f', 'p') AND $SCHEMAS
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
                  AND d.objid = p.oid AND d.deptype = 'e')
ORDER BY p.oid)SQL";

inline const char* kTriggers = R"SQL(
SELECT n.nspname, c.relname, t.tgname, pg_get_triggerdef(t.oid), obj_description(t.oid, 'pg_trigger')
FROM pg_trigger t
JOIN pg_class c ON c.oid = t.tgrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE NOT t.tgisinternal AND $SCHEMAS
ORDER BY n.nspname, c.relname, t.tgname)SQL";

}  // namespace shale::load::pg_live::queries
