// kUnmodelled: every object in the database of a kind the model does not hold
// (src/model/schema.hpp), in one query, so that a plan is never built on a
// partial view of the database (issue 12). The live reader refuses them unless
// the project's [filter] leaves them out (config/filter.hpp lists the kinds).
// Placeholders as in catalog_queries.hpp ($SCHEMAS on alias n, $HISTORY).
// Extension members (pg_depend deptype 'e') and built-in objects (oid below
// FirstNormalObjectId, 16384) are not the user's and never reported.
//
// One row per finding:
//   kind      an UnmodelledKind name (partitioned_table, privileges, …)
//   subject   what it is, for the message ("partition public.ev_2026 of public.ev")
//   nsp, name the object that a `schema.name` exclude entry names; name is NULL
//             for a finding about a schema itself; nsp is NULL for objects
//             outside schemas (event triggers …), whose name is then bare
//   owner_nsp, owner_name  the object it goes with when leaving that out
//             leaves it out too (a partition's root table), else NULL
//
// Relations are scanned once into `rel`, keeping only those with anything to
// report, so each finding about them reads a handful of rows. The settings of
// tables' columns come with kColumns (its last two columns).
//
// The reader runs it with jit = off: the planner's estimates for these joins
// pass jit_above_cost, and compiling the expressions of its many arms took
// seconds at 5,000 tables, where running them takes a tenth of one.
#pragma once

namespace shale::load::pg_live::queries {

inline const char* kUnmodelled = R"SQL(
WITH rel AS MATERIALIZED (
  SELECT c.oid, c.relname, c.relkind, c.relispartition, c.relhassubclass, c.relpersistence,
         c.reloptions, c.reltablespace, c.relreplident,
         c.relam, c.relacl, c.relowner, n.nspname,
         CASE c.relkind WHEN 'r' THEN 'table' WHEN 'p' THEN 'partitioned table' WHEN 'v' THEN 'view'
           WHEN 'm' THEN 'materialized view' WHEN 'S' THEN 'sequence' WHEN 'f' THEN 'foreign table'
           ELSE 'relation' END AS noun,
         n.nspname || '.' || c.relname AS qname
  FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE $SCHEMAS AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
    AND NOT (n.nspname = 'public' AND c.relname = $HISTORY)
    AND (c.relkind IN ('p', 'f') OR c.relispartition OR c.relhassubclass OR c.relpersistence = 'u'
         OR (c.reloptions IS NOT NULL AND c.relkind <> 'v') OR c.reltablespace <> 0
         OR (c.relkind IN ('r', 'p') AND c.relreplident <> 'd')
         OR (c.relkind IN ('r', 'm') AND c.relam <> 2) -- 2: heap
         OR c.relacl IS NOT NULL
         OR EXISTS (SELECT 1 FROM pg_inherits i WHERE i.inhrelid = c.oid))
    AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid AND e.deptype = 'e')
)
-- Partitions are modelled with their parent's columns, constraints and
-- indexes (docs/comparison.md, "Partitions"); what a partition has of its
-- own is not: constraints and indexes of its own, and columns whose NOT NULL
-- or default differ from the parent's.
SELECT 'partition', 'constraint ' || con.conname || ' of partition ' || rel.qname || ' (its own, not its parent''s)',
       rel.nspname, rel.relname, rn.nspname, r.relname
FROM rel JOIN pg_constraint con ON con.conrelid = rel.oid
         JOIN pg_class r ON r.oid = pg_partition_root(rel.oid)
         JOIN pg_namespace rn ON rn.oid = r.relnamespace
WHERE rel.relispartition AND con.conislocal AND con.conparentid = 0
UNION ALL
SELECT 'partition', 'index ' || ic.relname || ' of partition ' || rel.qname || ' (its own, not its parent''s)',
       rel.nspname, rel.relname, rn.nspname, r.relname
FROM rel JOIN pg_index i ON i.indrelid = rel.oid
         JOIN pg_class ic ON ic.oid = i.indexrelid
         JOIN pg_class r ON r.oid = pg_partition_root(rel.oid)
         JOIN pg_namespace rn ON rn.oid = r.relnamespace
WHERE rel.relispartition AND NOT ic.relispartition
  AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid AND k.conrelid = rel.oid)
UNION ALL
-- Inherited columns are modelled on the parent (docs/comparison.md, "Inheritance"):
-- one that a child declared too (merged) and gave its own settings is not.
SELECT CASE WHEN rel.relispartition THEN 'partition' ELSE 'inheritance' END,
       'column ' || a.attname || ' of ' || CASE WHEN rel.relispartition THEN 'partition ' ELSE 'table ' END || rel.qname
         || ' differs from its parent''s (NOT NULL, default or comment)',
       rel.nspname, rel.relname, CASE WHEN rel.relispartition THEN rn.nspname END, CASE WHEN rel.relispartition THEN r.relname END
FROM rel JOIN pg_inherits inh ON inh.inhrelid = rel.oid
         JOIN pg_attribute a ON a.attrelid = rel.oid AND a.attnum > 0 AND NOT a.attisdropped
         JOIN pg_attribute pa ON pa.attrelid = inh.inhparent AND pa.attname = a.attname
         LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
         LEFT JOIN pg_attrdef pd ON pd.adrelid = pa.attrelid AND pd.adnum = pa.attnum
         LEFT JOIN pg_class r ON rel.relispartition AND r.oid = pg_partition_root(rel.oid)
         LEFT JOIN pg_namespace rn ON rn.oid = r.relnamespace
WHERE (a.attnotnull <> pa.attnotnull OR pg_get_expr(d.adbin, d.adrelid) IS DISTINCT FROM pg_get_expr(pd.adbin, pd.adrelid)
       OR $ATTOPTIONS IS NOT NULL OR a.attstattarget >= 0 OR a.attacl IS NOT NULL
       OR EXISTS (SELECT 1 FROM pg_description ds WHERE ds.objoid = rel.oid AND ds.classoid = 'pg_class'::regclass
                  AND ds.objsubid = a.attnum))
UNION ALL
SELECT 'foreign_table', 'foreign table ' || qname, nspname, relname, NULL, NULL
FROM rel WHERE relkind = 'f'
UNION ALL
SELECT 'unlogged', 'unlogged ' || noun || ' ' || qname, nspname, relname, NULL, NULL
FROM rel WHERE relpersistence = 'u' AND relkind NOT IN ('r', 'p')  -- unlogged tables are modelled
UNION ALL
-- Storage parameters of tables and materialized views (and their TOAST
-- tables') and a view's options are modelled; a sequence's or foreign table's are not.
SELECT 'storage_parameters', 'storage parameters of ' || noun || ' ' || qname || ' ('
         || array_to_string(reloptions, ', ') || ')',
       nspname, relname, NULL, NULL
FROM rel WHERE reloptions IS NOT NULL AND relkind NOT IN ('r', 'p', 'm', 'v')
UNION ALL
SELECT 'tablespace', noun || ' ' || qname || ' in tablespace ' || ts.spcname, nspname, relname, NULL, NULL
FROM rel JOIN pg_tablespace ts ON ts.oid = rel.reltablespace
UNION ALL
SELECT 'replica_identity', 'replica identity ' || CASE relreplident WHEN 'n' THEN 'NOTHING' WHEN 'f' THEN 'FULL'
         ELSE 'USING INDEX' END || ' of ' || noun || ' ' || qname, nspname, relname, NULL, NULL
FROM rel WHERE relkind IN ('r', 'p') AND relreplident <> 'd'
UNION ALL
SELECT 'access_method', 'access method ' || am.amname || ' of ' || noun || ' ' || qname, nspname, relname, NULL, NULL
FROM rel JOIN pg_am am ON am.oid = rel.relam
WHERE relkind IN ('r', 'm') AND relam <> 2
UNION ALL
-- Indexes: a tablespace or CLUSTER ON (pg_get_indexdef prints neither).
SELECT CASE WHEN ic.reltablespace <> 0 THEN 'tablespace' ELSE 'cluster' END,
       CASE WHEN ic.reltablespace <> 0
         THEN 'index ' || n.nspname || '.' || ic.relname || ' in tablespace ' || (SELECT spcname FROM pg_tablespace WHERE oid = ic.reltablespace)
         ELSE 'CLUSTER ON index ' || n.nspname || '.' || ic.relname END,
       n.nspname, ic.relname, n.nspname, tc.relname
FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid
                JOIN pg_class tc ON tc.oid = i.indrelid
                JOIN pg_namespace n ON n.oid = tc.relnamespace
WHERE (ic.reltablespace <> 0 OR i.indisclustered) AND $SCHEMAS
  AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_class'::regclass AND e.objid = tc.oid AND e.deptype = 'e')
UNION ALL
-- Column settings outside the model: grants, options, statistics target. A
-- table's columns are checked by kColumns, which reads them anyway
-- (its last two columns); these are a view's or a materialized view's.
SELECT CASE WHEN cardinality(a.attacl) > 0 THEN 'privileges' ELSE 'column_options' END,
       CASE WHEN cardinality(a.attacl) > 0
         THEN 'privileges on column ' || a.attname || ' of ' || n.nspname || '.' || c.relname
              || ' (' || array_to_string(a.attacl, ', ') || ')'
         ELSE 'settings of column ' || a.attname || ' of ' || n.nspname || '.' || c.relname || ' ('
              || concat_ws(', ', array_to_string($ATTOPTIONS, ', '),
                           CASE WHEN a.attstattarget >= 0 THEN 'STATISTICS ' || a.attstattarget END) || ')' END,
       n.nspname, c.relname, NULL, NULL
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0
WHERE c.relkind IN ('v', 'm') AND $SCHEMAS
  AND (cardinality(a.attacl) > 0 OR $ATTOPTIONS IS NOT NULL OR a.attstattarget >= 0)
  AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid AND e.deptype = 'e')
UNION ALL
-- Comments on composite types' attributes (the model has the type's own).
SELECT 'comment', 'comment on attribute ' || a.attname || ' of composite type ' || n.nspname || '.' || c.relname,
       n.nspname, c.relname, NULL, NULL
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_description d ON d.objoid = c.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid > 0
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = d.objsubid
WHERE c.relkind = 'c' AND $SCHEMAS
  AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid AND e.deptype = 'e')
UNION ALL
-- Comments on domains' constraints (the model has the domain's own).
SELECT 'comment', 'comment on constraint ' || k.conname || ' of domain ' || n.nspname || '.' || t.typname,
       n.nspname, t.typname, NULL, NULL
FROM pg_constraint k JOIN pg_type t ON t.oid = k.contypid JOIN pg_namespace n ON n.oid = t.typnamespace
JOIN pg_description d ON d.objoid = k.oid AND d.classoid = 'pg_constraint'::regclass
WHERE $SCHEMAS
  AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_type'::regclass AND e.objid = t.oid AND e.deptype = 'e')
UNION ALL
SELECT 'rule', 'rule ' || r.rulename || ' on ' || n.nspname || '.' || c.relname, n.nspname, c.relname, NULL, NULL
FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE r.rulename <> '_RETURN' AND $SCHEMAS
  AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_rewrite'::regclass AND e.objid = r.oid AND e.deptype = 'e')
UNION ALL
-- ALTER TABLE … DISABLE TRIGGER / ENABLE REPLICA|ALWAYS TRIGGER: pg_get_triggerdef prints none of it.
SELECT 'trigger_state', 'trigger ' || t.tgname || ' on ' || n.nspname || '.' || c.relname || ' is '
         || CASE t.tgenabled WHEN 'D' THEN 'disabled' WHEN 'R' THEN 'enabled for replicas only' ELSE 'enabled always' END,
       n.nspname, c.relname, NULL, NULL
FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE NOT t.tgisinternal AND t.tgenabled <> 'O' AND $SCHEMAS
  AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid AND e.deptype = 'e')
UNION ALL
-- Base types.
SELECT 'base_type', 'base type ' || n.nspname || '.' || t.typname, n.nspname, t.typname, NULL, NULL
FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
WHERE $SCHEMAS
  -- (an array type, category A, goes with its element)
  AND t.typtype = 'b' AND t.typcategory <> 'A'
  AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_type'::regclass AND e.objid = t.oid AND e.deptype = 'e')
UNION ALL
SELECT CASE p.prokind WHEN 'a' THEN 'aggregate' ELSE 'window_function' END,
       CASE p.prokind WHEN 'a' THEN 'aggregate ' ELSE 'window function ' END
         || n.nspname || '.' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')',
       n.nspname, p.proname, NULL, NULL
FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE $SCHEMAS AND p.prokind IN ('a', 'w')
  AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_proc'::regclass AND e.objid = p.oid AND e.deptype = 'e')
UNION ALL
-- Other objects that live in a schema.
SELECT o.kind, o.noun || ' ' || n.nspname || '.' || o.name, n.nspname, o.name, NULL, NULL
FROM (
  SELECT 'conversion', 'conversion', conname::text, connamespace, 'pg_conversion'::regclass, oid FROM pg_conversion
  UNION ALL
  SELECT 'operator', 'operator', oprname::text || '(' || oprleft::regtype || ', ' || oprright::regtype || ')', oprnamespace,
         'pg_operator'::regclass, oid FROM pg_operator
  UNION ALL
  SELECT 'operator_class', 'operator class', opcname::text, opcnamespace, 'pg_opclass'::regclass, oid FROM pg_opclass
  UNION ALL
  SELECT 'operator_family', 'operator family', opfname::text, opfnamespace, 'pg_opfamily'::regclass, oid FROM pg_opfamily
  UNION ALL
  SELECT 'statistics', 'statistics object', stxname::text, stxnamespace, 'pg_statistic_ext'::regclass, oid FROM pg_statistic_ext
  UNION ALL
  SELECT 'text_search', 'text search configuration', cfgname::text, cfgnamespace, 'pg_ts_config'::regclass, oid FROM pg_ts_config
  UNION ALL
  SELECT 'text_search', 'text search dictionary', dictname::text, dictnamespace, 'pg_ts_dict'::regclass, oid FROM pg_ts_dict
  UNION ALL
  SELECT 'text_search', 'text search parser', prsname::text, prsnamespace, 'pg_ts_parser'::regclass, oid FROM pg_ts_parser
  UNION ALL
  SELECT 'text_search', 'text search template', tmplname::text, tmplnamespace, 'pg_ts_template'::regclass, oid FROM pg_ts_template
) o(kind, noun, name, nsp, classid, oid)
JOIN pg_namespace n ON n.oid = o.nsp
WHERE o.oid >= 16384 AND $SCHEMAS
  AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = o.classid AND e.objid = o.oid AND e.deptype = 'e')
UNION ALL
-- Objects outside schemas.
SELECT o.kind, o.noun || ' ' || o.name, NULL, o.name, NULL, NULL
FROM (
  SELECT 'event_trigger', 'event trigger', evtname::text, 'pg_event_trigger'::regclass, oid FROM pg_event_trigger
  UNION ALL
  SELECT 'publication', 'publication', pubname::text, 'pg_publication'::regclass, oid FROM pg_publication
  UNION ALL
  SELECT 'subscription', 'subscription', subname::text, 'pg_subscription'::regclass, oid FROM pg_subscription
   WHERE subdbid = (SELECT oid FROM pg_database WHERE datname = current_database())
  UNION ALL
  SELECT 'foreign_data_wrapper', 'foreign-data wrapper', fdwname::text, 'pg_foreign_data_wrapper'::regclass, oid
  FROM pg_foreign_data_wrapper
  UNION ALL
  SELECT 'server', 'foreign server', srvname::text, 'pg_foreign_server'::regclass, oid FROM pg_foreign_server
  UNION ALL
  SELECT 'cast', 'cast', '(' || castsource::regtype || ' AS ' || casttarget::regtype || ')', 'pg_cast'::regclass, oid FROM pg_cast
  UNION ALL
  SELECT 'transform', 'transform', 'FOR ' || trftype::regtype || ' LANGUAGE ' || (SELECT lanname FROM pg_language WHERE oid = trflang),
         'pg_transform'::regclass, oid FROM pg_transform
  UNION ALL
  SELECT 'language', 'language', lanname::text, 'pg_language'::regclass, oid FROM pg_language
) o(kind, noun, name, classid, oid)
WHERE o.oid >= 16384
  AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = o.classid AND e.objid = o.oid AND e.deptype = 'e')
  -- made along with another object (a range type's casts to its multirange)
  AND NOT EXISTS (SELECT 1 FROM pg_depend i WHERE i.classid = o.classid AND i.objid = o.oid AND i.deptype = 'i')
ORDER BY 1, 2)SQL";

}  // namespace shale::load::pg_live::queries
