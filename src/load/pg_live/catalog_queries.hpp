// The catalog queries behind introspect(), one per object kind.
// $SCHEMAS is replaced by the schema filter on alias n (pg_namespace), $REF_SCHEMAS
// by the same filter on alias rn,
// $HISTORY by shale's history table name (a quoted literal), $ATTOPTIONS by the
// options set on column a (pg_attribute): its attoptions without the ones the
// server keeps for itself (pg_attver=…, which PostgreSQL 15.20 stores on every
// column), NULL when none is left.
// Objects that belong to an extension (pg_depend deptype 'e') are skipped:
// they are the extension's, not the user's.
// Comments come from one LEFT JOIN to pg_description per query, never from
// obj_description()/col_description(): those are SQL functions that run a
// query of their own for every row (about half the time of the columns query).
// Queries return each object's oid so that kDependencies can attach its edges.
#pragma once

namespace shale::load::pg_live::queries {

inline const char* kSchemas = R"SQL(
SELECT n.nspname, ds.description, pg_get_userbyid(n.nspowner)
FROM pg_namespace n
LEFT JOIN pg_description ds ON ds.objoid = n.oid AND ds.classoid = 'pg_namespace'::regclass AND ds.objsubid = 0
WHERE $SCHEMAS
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_namespace'::regclass
                  AND d.objid = n.oid AND d.deptype = 'e')
ORDER BY n.nspname)SQL";

inline const char* kExtensions = R"SQL(
SELECT e.extname, n.nspname, e.extversion
FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
WHERE e.extname <> 'plpgsql'
ORDER BY e.extname)SQL";

inline const char* kEnums = R"SQL(
SELECT n.nspname, t.typname,
       (SELECT json_agg(e.enumlabel ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid),
       ds.description, pg_get_userbyid(t.typowner)
FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
LEFT JOIN pg_description ds ON ds.objoid = t.oid AND ds.classoid = 'pg_type'::regclass AND ds.objsubid = 0
WHERE t.typtype = 'e' AND $SCHEMAS
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_type'::regclass
                  AND d.objid = t.oid AND d.deptype = 'e')
ORDER BY t.oid)SQL";

// Domains: the base type as format_type prints it (typmod included), the
// collation when it is not the base type's, the default, and the checks as
// pg_get_constraintdef prints them (PostgreSQL 15 keeps NOT NULL in typnotnull,
// not in pg_constraint). The edges are the domain's own (its base type) and its
// checks' (pg_depend records what a check uses on the constraint): functions,
// enums and domains (an array counts as its element), relations.
inline const char* kDomains = R"SQL(
SELECT n.nspname, t.typname, format_type(t.typbasetype, t.typtypmod),
       CASE WHEN t.typcollation <> bt.typcollation THEN co.collname END,
       pg_get_expr(t.typdefaultbin, 0), t.typnotnull, ds.description,
       (SELECT json_agg(json_build_array(k.conname, pg_get_constraintdef(k.oid), k.convalidated) ORDER BY k.conname)
          FROM pg_constraint k WHERE k.contypid = t.oid AND k.contype = 'c'),
       (SELECT json_agg(json_build_array(e.kind, e.nsp, e.name))
          FROM pg_depend d
          CROSS JOIN LATERAL (
            SELECT 'f', pn.nspname, p.proname FROM pg_proc p JOIN pg_namespace pn ON pn.oid = p.pronamespace
            WHERE d.refclassid = 'pg_proc'::regclass AND p.oid = d.refobjid
            UNION ALL
            SELECT CASE WHEN ec.relkind <> 'c' THEN 'r' ELSE 't' END, en.nspname, COALESCE(ec.relname, et.typname)
            FROM pg_type rt
            JOIN pg_type et ON et.oid = CASE WHEN rt.typsubscript = 'array_subscript_handler'::regproc THEN rt.typelem ELSE rt.oid END
            JOIN pg_namespace en ON en.oid = et.typnamespace
            LEFT JOIN pg_class ec ON ec.oid = et.typrelid
            WHERE d.refclassid = 'pg_type'::regclass AND rt.oid = d.refobjid
              AND (et.typtype IN ('e', 'd', 'r') OR ec.relkind IN ('r', 'p', 'v', 'm', 'f', 'c'))
            UNION ALL
            SELECT 'r', cn.nspname, c.relname FROM pg_class c JOIN pg_namespace cn ON cn.oid = c.relnamespace
            WHERE d.refclassid = 'pg_class'::regclass AND c.oid = d.refobjid
          ) e(kind, nsp, name)
          WHERE d.refobjid >= 16384 AND d.deptype = 'n'
            AND ((d.classid = 'pg_type'::regclass AND d.objid = t.oid)
                 OR (d.classid = 'pg_constraint'::regclass
                     AND d.objid IN (SELECT k.oid FROM pg_constraint k WHERE k.contypid = t.oid)))
            AND NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = d.refclassid AND x.objid = d.refobjid
                            AND x.deptype = 'e')), pg_get_userbyid(t.typowner)
FROM pg_type t
JOIN pg_namespace n ON n.oid = t.typnamespace
JOIN pg_type bt ON bt.oid = t.typbasetype
LEFT JOIN pg_collation co ON co.oid = t.typcollation
LEFT JOIN pg_description ds ON ds.objoid = t.oid AND ds.classoid = 'pg_type'::regclass AND ds.objsubid = 0
WHERE t.typtype = 'd' AND $SCHEMAS
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_type'::regclass
                  AND d.objid = t.oid AND d.deptype = 'e')
ORDER BY t.oid)SQL";

// Composite types (CREATE TYPE … AS): their attributes in order, with the
// collation when not the type's; the edges of the attributes' types, as kDomains reads them.
inline const char* kCompositeTypes = R"SQL(
SELECT n.nspname, t.typname,
       (SELECT json_agg(json_build_array(a.attname, format_type(a.atttypid, a.atttypmod),
                                         CASE WHEN a.attcollation <> at.typcollation THEN co.collname END) ORDER BY a.attnum)
          FROM pg_attribute a JOIN pg_type at ON at.oid = a.atttypid
          LEFT JOIN pg_collation co ON co.oid = a.attcollation
          WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped),
       ds.description,
       (SELECT json_agg(json_build_array(CASE WHEN ec.relkind <> 'c' THEN 'r' ELSE 't' END, en.nspname,
                                         COALESCE(ec.relname, et.typname)))
          FROM pg_depend d
          JOIN pg_type rt ON rt.oid = d.refobjid
          JOIN pg_type et ON et.oid = CASE WHEN rt.typsubscript = 'array_subscript_handler'::regproc THEN rt.typelem ELSE rt.oid END
          JOIN pg_namespace en ON en.oid = et.typnamespace
          LEFT JOIN pg_class ec ON ec.oid = et.typrelid
          WHERE d.classid = 'pg_class'::regclass AND d.objid = t.typrelid AND d.refclassid = 'pg_type'::regclass
            AND d.refobjid >= 16384 AND d.deptype = 'n'
            AND (et.typtype IN ('e', 'd', 'r') OR ec.relkind IN ('r', 'p', 'v', 'm', 'f', 'c'))
            AND NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = 'pg_type'::regclass AND x.objid = et.oid
                            AND x.deptype = 'e')), pg_get_userbyid(t.typowner)
FROM pg_type t
JOIN pg_class c ON c.oid = t.typrelid AND c.relkind = 'c'
JOIN pg_namespace n ON n.oid = t.typnamespace
LEFT JOIN pg_description ds ON ds.objoid = t.oid AND ds.classoid = 'pg_type'::regclass AND ds.objsubid = 0
WHERE t.typtype = 'c' AND $SCHEMAS
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_type'::regclass
                  AND d.objid = t.oid AND d.deptype = 'e')
ORDER BY t.oid)SQL";

// Range types: options at PostgreSQL's defaults come back NULL (the operator
// class the subtype's default, the collation the subtype's, no function); the
// multirange's name always (the reader compares it with the derived one).
// Functions print schema-qualified unless in pg_catalog (search_path is empty).
inline const char* kRangeTypes = R"SQL(
SELECT n.nspname, t.typname, format_type(r.rngsubtype, NULL),
       CASE WHEN NOT oc.opcdefault THEN oc.opcname END,
       CASE WHEN r.rngcollation <> st.typcollation THEN co.collname END,
       NULLIF(r.rngcanonical, 0)::regproc::text, NULLIF(r.rngsubdiff, 0)::regproc::text, mt.typname, ds.description,
       (SELECT json_agg(json_build_array(e.kind, e.nsp, e.name))
          FROM pg_depend d
          CROSS JOIN LATERAL (
            SELECT 'f', pn.nspname, p.proname FROM pg_proc p JOIN pg_namespace pn ON pn.oid = p.pronamespace
            WHERE d.refclassid = 'pg_proc'::regclass AND p.oid = d.refobjid
            UNION ALL
            SELECT 't', en.nspname, et.typname
            FROM pg_type et JOIN pg_namespace en ON en.oid = et.typnamespace
            LEFT JOIN pg_class ec ON ec.oid = et.typrelid
            WHERE d.refclassid = 'pg_type'::regclass AND et.oid = d.refobjid
              AND (et.typtype IN ('e', 'd', 'r') OR ec.relkind = 'c')
          ) e(kind, nsp, name)
          WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.refobjid >= 16384 AND d.deptype = 'n'
            AND NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = d.refclassid AND x.objid = d.refobjid
                            AND x.deptype = 'e')), pg_get_userbyid(t.typowner)
FROM pg_range r
JOIN pg_type t ON t.oid = r.rngtypid
JOIN pg_namespace n ON n.oid = t.typnamespace
JOIN pg_type st ON st.oid = r.rngsubtype
JOIN pg_opclass oc ON oc.oid = r.rngsubopc
LEFT JOIN pg_collation co ON co.oid = r.rngcollation
JOIN pg_type mt ON mt.oid = r.rngmultitypid
LEFT JOIN pg_description ds ON ds.objoid = t.oid AND ds.classoid = 'pg_type'::regclass AND ds.objsubid = 0
WHERE $SCHEMAS
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_type'::regclass
                  AND d.objid = t.oid AND d.deptype = 'e')
ORDER BY t.oid)SQL";

// Collations the user made (CREATE COLLATION): provider, locales, determinism.
inline const char* kCollations = R"SQL(
SELECT n.nspname, c.collname, c.collprovider, c.collcollate, c.collctype, c.colliculocale, c.collisdeterministic,
       ds.description
FROM pg_collation c
JOIN pg_namespace n ON n.oid = c.collnamespace
LEFT JOIN pg_description ds ON ds.objoid = c.oid AND ds.classoid = 'pg_collation'::regclass AND ds.objsubid = 0
WHERE c.oid >= 16384 AND $SCHEMAS
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_collation'::regclass
                  AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY c.oid)SQL";

// Rows come in no order (sorting these wide rows was a fifth of the query): the
// reader groups them by table oid, orders columns by attnum and tables by name.
// A default is deparsed without its table (relid 0): only a generation
// expression can name columns, and pg_get_expr with a relid opens the table,
// building its relcache entry and taking a lock, which made it the most
// expensive call of the whole introspection.
// What belongs to the table (its comment, size, partitioning, parents, storage
// parameters, owner) is computed once per table in `c` and repeated on each of its
// columns' rows: computed on every column's row, it was 40% of the query.
inline const char* kColumns = R"SQL(
WITH c AS MATERIALIZED (
  SELECT c.oid, c.relispartition, n.nspname, c.relname, td.description,
         -- the planner's estimate of the rows and the pages (-1 rows: never analysed), and the column count
         c.reltuples::bigint AS reltuples, c.relpages, c.relnatts,
         -- partitioning: the key of a partitioned table; a partition's parent and bound
         CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END AS partkey,
         CASE WHEN c.relispartition THEN (SELECT json_build_array(pn.nspname, p.relname) FROM pg_inherits i
           JOIN pg_class p ON p.oid = i.inhparent JOIN pg_namespace pn ON pn.oid = p.relnamespace WHERE i.inhrelid = c.oid) END AS parent,
         CASE WHEN c.relispartition THEN pg_get_expr(c.relpartbound, 0) END AS bound,
         -- INHERITS (…): the parents in order
         CASE WHEN NOT c.relispartition THEN (SELECT json_agg(json_build_array(pn.nspname, p.relname) ORDER BY i.inhseqno)
           FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhparent JOIN pg_namespace pn ON pn.oid = p.relnamespace
           WHERE i.inhrelid = c.oid) END AS parents,
         c.relpersistence = 'u' AS unlogged,
         -- storage parameters, the table's and its TOAST table's
         array_to_json(c.reloptions) AS reloptions,
         CASE WHEN c.reltoastrelid <> 0 THEN (SELECT array_to_json(t.reloptions) FROM pg_class t WHERE t.oid = c.reltoastrelid) END AS toast_reloptions,
         pg_get_userbyid(c.relowner) AS owner
  FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_description td ON td.objoid = c.oid AND td.classoid = 'pg_class'::regclass AND td.objsubid = 0
  WHERE c.relkind IN ('r', 'p') AND $SCHEMAS
    AND NOT (n.nspname = 'public' AND c.relname = $HISTORY)
    AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                    AND d.objid = c.oid AND d.deptype = 'e')
)
SELECT c.nspname, c.relname, c.description,
       a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
       pg_get_expr(ad.adbin, CASE WHEN a.attgenerated <> '' THEN ad.adrelid ELSE 0 END),
       a.attidentity, a.attgenerated,
       CASE WHEN a.attcollation <> ty.typcollation THEN co.collname END,
       cd.description,
       format_type(s.seqtypid, NULL), s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle,
       c.oid, a.attnum,
       -- a column no longer read (privileges come from kPrivileges), kept so the
       -- positions after it stay; then the settings outside the model, NULL when
       -- none: options, statistics target, compression and storage (unmodelled_query.hpp)
       NULL::text,
       CASE WHEN $ATTOPTIONS IS NOT NULL OR a.attstattarget >= 0 OR a.attcompression <> ''
                 OR a.attstorage <> ty.typstorage
         THEN concat_ws(', ', array_to_string($ATTOPTIONS, ', '),
                        CASE WHEN a.attstattarget >= 0 THEN 'STATISTICS ' || a.attstattarget END,
                        CASE WHEN a.attcompression <> '' THEN 'COMPRESSION ' || CASE a.attcompression WHEN 'p' THEN 'pglz' ELSE 'lz4' END END,
                        CASE WHEN a.attstorage <> ty.typstorage THEN 'STORAGE ' || CASE a.attstorage WHEN 'p' THEN 'PLAIN'
                          WHEN 'e' THEN 'EXTERNAL' WHEN 'm' THEN 'MAIN' ELSE 'EXTENDED' END END) END,
       c.reltuples, c.relpages, c.relnatts,
       c.partkey, c.parent, c.bound, c.parents,
       a.attinhcount > 0, c.unlogged,
       c.reloptions, c.toast_reloptions,
       -- the owner (compared only with [owners] compare)
       c.owner
FROM c
-- a partition's columns are its parent's, and so are the columns a table inherits
-- (docs/comparison.md, "Partitions", "Inheritance")
-- (read for their names only: attinhcount > 0)
LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND NOT c.relispartition
LEFT JOIN pg_description cd ON cd.objoid = c.oid AND cd.classoid = 'pg_class'::regclass AND cd.objsubid = a.attnum
LEFT JOIN pg_attrdef ad ON ad.adrelid = c.oid AND ad.adnum = a.attnum
LEFT JOIN pg_type ty ON ty.oid = a.atttypid
LEFT JOIN pg_collation co ON co.oid = a.attcollation
LEFT JOIN pg_depend idep ON a.attidentity <> '' AND idep.refclassid = 'pg_class'::regclass
     AND idep.refobjid = c.oid AND idep.refobjsubid = a.attnum AND idep.deptype = 'i'
     AND idep.classid = 'pg_class'::regclass
LEFT JOIN pg_sequence s ON s.seqrelid = idep.objid
)SQL";

// In oid order: a table's constraints in creation order (the reader finds the table by oid).
// conkey, confkey and the INCLUDE columns of a key's index (attribute numbers)
// are turned into names, and into the constraint's column edges, by the
// reader, from the columns it has already read: a subquery per constraint cost
// a fifth of the query, and the same edges from pg_depend half of kDependencies.
// pg_get_constraintdef is called for checks and exclusions only: the reader
// spells primary keys, uniques and foreign keys itself, from the columns below,
// exactly as pg_get_constraintdef_worker (ruleutils.c) does; that call was
// half of this query's time. A foreign key to a table that the reader has not
// read (outside the schema filter; the conditions of kColumns) is the
// exception: it gets pg_get_constraintdef and its referenced columns' names.
inline const char* kConstraints = R"SQL(
SELECT c.oid, con.oid, con.conname, con.contype,
       CASE WHEN con.contype IN ('c', 'x') OR r.unread THEN pg_get_constraintdef(con.oid) END,
       ds.description, con.conkey, rn.nspname, rc.relname,
       con.confrelid, con.confkey, ci.indkey,
       CASE WHEN r.unread THEN
         (SELECT json_agg(a.attname ORDER BY k.ord)
            FROM unnest(con.confkey) WITH ORDINALITY k(attnum, ord)
            JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum) END,
       ci.indnkeyatts, ci.indnullsnotdistinct, con.condeferrable, con.condeferred, con.convalidated,
       con.confmatchtype, con.confupdtype, con.confdeltype, con.confdelsetcols
FROM pg_constraint con
JOIN pg_class c ON c.oid = con.conrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_class rc ON rc.oid = con.confrelid
LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
LEFT JOIN pg_index ci ON ci.indexrelid = con.conindid AND con.contype IN ('p', 'u')
LEFT JOIN pg_description ds ON ds.objoid = con.oid AND ds.classoid = 'pg_constraint'::regclass AND ds.objsubid = 0
CROSS JOIN LATERAL (SELECT con.contype = 'f' AND NOT (
    rc.relkind IN ('r', 'p') AND NOT rc.relispartition AND $REF_SCHEMAS AND NOT (rn.nspname = 'public' AND rc.relname = $HISTORY)
    AND rc.oid NOT IN (SELECT e.objid FROM pg_depend e WHERE e.classid = 'pg_class'::regclass AND e.deptype = 'e'))
  AS unread OFFSET 0) r  -- OFFSET 0: computed once per row, not inlined into both uses
WHERE con.contype IN ('p', 'u', 'c', 'f', 'x') AND $SCHEMAS
  -- a partition's constraints are its parent's copies (its own are refused by kUnmodelled),
  -- as are a foreign key's copies for the partitions of the table it references
  AND NOT c.relispartition AND con.conparentid = 0
  -- a CHECK a table inherits is its parent's
  AND con.coninhcount = 0
ORDER BY con.oid)SQL";

// indkey is turned into names by the reader for tables; only indexes of
// materialized views (whose columns it has not read) get them from a subquery.
// indisvalid is false for an index left by a failed CREATE INDEX CONCURRENTLY.
// pg_get_indexdef opens the indexed table (ruleutils.c builds a deparse context
// for it even when there is no expression to deparse), which made it most of
// this query: the reader spells a plain btree index on columns itself
// (`spelled`: no expression, predicate or storage parameter, each key column
// with its type's default operator class, compared as GetDefaultOpClass does
// for an exact type match, and its own collation), exactly as
// pg_get_indexdef_worker does, from the access method, indnkeyatts, indoption
// (DESC, NULLS FIRST) and indnullsnotdistinct; the rest get pg_get_indexdef.
inline const char* kIndexes = R"SQL(
WITH idx AS MATERIALIZED (
  SELECT n.nspname, ic.relname AS index_name, tc.relname AS table_name, tc.relkind, i.indexrelid, i.indrelid,
         i.indisunique, i.indkey, i.indisvalid, i.indnkeyatts, i.indoption, i.indnullsnotdistinct, am.amname,
         tc.relkind IN ('r', 'p') AND i.indexprs IS NULL AND i.indpred IS NULL AND ic.reloptions IS NULL
         AND am.amname = 'btree'  -- its operator classes take no options (opclass (…))
         AND NOT EXISTS (SELECT FROM unnest(i.indkey::int2[], i.indclass::oid[], i.indcollation::oid[]) u(attnum, opc, coll)
                         JOIN pg_opclass oc ON oc.oid = u.opc  -- key columns only: INCLUDE ones have no opclass
                         WHERE NOT (oc.opcdefault AND (SELECT a.atttypid = oc.opcintype AND a.attcollation = u.coll
                                                       FROM pg_attribute a WHERE a.attrelid = i.indrelid AND a.attnum = u.attnum)))
         AS spelled
  FROM pg_index i
  JOIN pg_class ic ON ic.oid = i.indexrelid
  JOIN pg_class tc ON tc.oid = i.indrelid
  JOIN pg_namespace n ON n.oid = tc.relnamespace
  JOIN pg_am am ON am.oid = ic.relam
  WHERE $SCHEMAS AND tc.relkind IN ('r', 'p', 'm')
    -- a partition's copy of its parent's index (its own are refused by kUnmodelled)
    AND NOT ic.relispartition AND NOT tc.relispartition
    AND NOT (n.nspname = 'public' AND tc.relname = $HISTORY)
    AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid
                    AND k.conrelid = i.indrelid AND k.contype IN ('p', 'u', 'x'))
    AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                    AND d.objid = tc.oid AND d.deptype = 'e')
)
SELECT i.nspname, i.index_name, i.table_name, i.indisunique, CASE WHEN NOT i.spelled THEN pg_get_indexdef(i.indexrelid) END,
       ds.description, i.indkey,
       CASE WHEN i.relkind = 'm' THEN
         (SELECT json_agg(a.attname ORDER BY a.attnum) FROM pg_attribute a
           WHERE a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)) END,
       i.indexrelid, i.indrelid, i.indisvalid,
       CASE WHEN i.spelled THEN i.amname END, i.indnkeyatts, i.indoption, i.indnullsnotdistinct
FROM idx i
LEFT JOIN pg_description ds ON ds.objoid = i.indexrelid AND ds.classoid = 'pg_class'::regclass AND ds.objsubid = 0
ORDER BY i.nspname, i.index_name)SQL";

inline const char* kSequences = R"SQL(
SELECT n.nspname, c.relname,
       format_type(s.seqtypid, NULL), s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle,
       oc.relname, oa.attname, ds.description, pg_get_userbyid(c.relowner)
FROM pg_sequence s
JOIN pg_class c ON c.oid = s.seqrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_description ds ON ds.objoid = c.oid AND ds.classoid = 'pg_class'::regclass AND ds.objsubid = 0
LEFT JOIN pg_depend od ON od.classid = 'pg_class'::regclass AND od.objid = c.oid
     AND od.refclassid = 'pg_class'::regclass AND od.deptype IN ('a', 'i') AND od.refobjsubid > 0
LEFT JOIN pg_class oc ON oc.oid = od.refobjid
LEFT JOIN pg_attribute oa ON oa.attrelid = od.refobjid AND oa.attnum = od.refobjsubid
WHERE $SCHEMAS AND (od.deptype IS NULL OR od.deptype = 'a')
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                  AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY c.oid)SQL";

// A plain view's reloptions are its options (a materialized view's are storage
// parameters); comments on its columns come as one JSON object.
inline const char* kViews = R"SQL(
SELECT n.nspname, c.relname, c.relkind = 'm', pg_get_viewdef(c.oid), ds.description, c.oid,
       CASE WHEN c.relkind = 'v' THEN array_to_json(c.reloptions) END, c.relispopulated,
       (SELECT json_object_agg(a.attname, cd.description) FROM pg_description cd
          JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = cd.objsubid
         WHERE cd.objoid = c.oid AND cd.classoid = 'pg_class'::regclass AND cd.objsubid > 0),
       CASE WHEN c.relkind = 'm' THEN array_to_json(c.reloptions) END,
       CASE WHEN c.relkind = 'm' AND c.reltoastrelid <> 0 THEN (SELECT array_to_json(t.reloptions) FROM pg_class t WHERE t.oid = c.reltoastrelid) END, pg_get_userbyid(c.relowner)
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_description ds ON ds.objoid = c.oid AND ds.classoid = 'pg_class'::regclass AND ds.objsubid = 0
WHERE c.relkind IN ('v', 'm') AND $SCHEMAS
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                  AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY c.oid)SQL";

inline const char* kFunctions = R"SQL(
SELECT n.nspname, p.proname, pg_get_functiondef(p.oid), ds.description, p.oid, pg_get_userbyid(p.proowner)
FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
LEFT JOIN pg_description ds ON ds.objoid = p.oid AND ds.classoid = 'pg_proc'::regclass AND ds.objsubid = 0
WHERE p.prokind IN ('f', 'p') AND $SCHEMAS
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
                  AND d.objid = p.oid AND d.deptype IN ('e', 'i'))  -- 'i': a range type's constructors
ORDER BY p.oid)SQL";

inline const char* kTriggers = R"SQL(
SELECT n.nspname, c.relname, t.tgname, pg_get_triggerdef(t.oid), ds.description, t.oid
FROM pg_trigger t
JOIN pg_class c ON c.oid = t.tgrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_description ds ON ds.objoid = t.oid AND ds.classoid = 'pg_trigger'::regclass AND ds.objsubid = 0
WHERE NOT t.tgisinternal AND t.tgparentid = 0 AND $SCHEMAS
ORDER BY n.nspname, c.relname, t.tgname)SQL";

// Every dependency edge between user objects, as pg_depend records it (deptype
// 'n' normal and 'a' auto), both ends resolved on the server:
//   kind, owner, col — the dependant, as the model holds it: c a column (its
//     type; its default or generation expression, recorded on pg_attrdef),
//     k a constraint, i an index, v a view or materialized view (its query's
//     rule in pg_rewrite), f a function, t a trigger, p a policy;
//     owner is the oid the other queries return for it (the table's, for a
//     column named col);
//   ref_kind, schema, name, column — what it uses: r a relation, c a column of
//     one, t an enum, a domain, a composite or a range type (an array of one
//     counts as its element), f a function. A table's row type is the table. Collations, operators, indexes
//     and extension members are left out; so is an object's edge to its own
//     table (its home), and a view's rule's edge to the view.
// A view's own columns also depend on their types (an enum column passed
// through): those edges are left out, as the view already depends on the
// column it reads, and the offline interpreter could only find them by
// resolving the query's types.
// PostgreSQL folds a whole-relation reference into the column references when
// there are some (dependency.c, eliminate_duplicate_dependencies): a view over
// t's columns records t's columns only, and the reader adds t itself.
// refobjid >= 16384 (FirstNormalObjectId) keeps built-in objects out.
inline const char* kDependencies = R"SQL(
WITH d AS MATERIALIZED (
  SELECT d.classid, d.objid, d.objsubid, d.refclassid, d.refobjid, d.refobjsubid
  FROM pg_depend d
  WHERE d.refobjid >= 16384 AND d.deptype IN ('n', 'a')
    AND d.classid IN ('pg_class'::regclass, 'pg_attrdef'::regclass, 'pg_constraint'::regclass,
                      'pg_rewrite'::regclass, 'pg_proc'::regclass, 'pg_trigger'::regclass, 'pg_policy'::regclass)
    AND d.refclassid IN ('pg_class'::regclass, 'pg_type'::regclass, 'pg_proc'::regclass)
    -- a default's own column (its 'a' edge) is no dependency
    AND NOT (d.classid = 'pg_attrdef'::regclass AND d.deptype = 'a')
),
ext AS MATERIALIZED (SELECT e.classid, e.objid FROM pg_depend e WHERE e.deptype = 'e'),
dep AS MATERIALIZED (
  SELECT 'c' AS kind, d.objid AS owner, a.attname AS col, d.objid AS home, d.objsubid AS home_col,
         d.refclassid, d.refobjid, d.refobjsubid
  FROM d JOIN pg_class c ON c.oid = d.objid
         JOIN pg_attribute a ON a.attrelid = d.objid AND a.attnum = d.objsubid
  WHERE d.classid = 'pg_class'::regclass AND d.objsubid > 0 AND c.relkind IN ('r', 'p')
  UNION ALL
  -- an exclusion constraint's expressions and predicate are recorded on its index
  SELECT CASE WHEN x.oid IS NULL THEN 'i' ELSE 'k' END, COALESCE(x.oid, d.objid), NULL, i.indrelid, 0,
         d.refclassid, d.refobjid, d.refobjsubid
  FROM d JOIN pg_index i ON i.indexrelid = d.objid
         LEFT JOIN pg_constraint x ON x.conindid = i.indexrelid AND x.conrelid = i.indrelid AND x.contype = 'x'
  WHERE d.classid = 'pg_class'::regclass
    -- the reader has the key columns from indkey; the rest come from expressions
    AND NOT (d.refclassid = 'pg_class'::regclass AND d.refobjid = i.indrelid
             AND i.indexprs IS NULL AND i.indpred IS NULL)
  UNION ALL
  SELECT 'c', ad.adrelid, a.attname, ad.adrelid, ad.adnum, d.refclassid, d.refobjid, d.refobjsubid
  FROM d JOIN pg_attrdef ad ON ad.oid = d.objid
         JOIN pg_attribute a ON a.attrelid = ad.adrelid AND a.attnum = ad.adnum
  WHERE d.classid = 'pg_attrdef'::regclass
  UNION ALL
  SELECT 'k', d.objid, NULL, con.conrelid, 0, d.refclassid, d.refobjid, d.refobjsubid
  FROM d JOIN pg_constraint con ON con.oid = d.objid
  WHERE d.classid = 'pg_constraint'::regclass AND con.conrelid <> 0
    -- the reader has these from conkey, confkey and the key's index (kConstraints);
    -- a foreign key's edge to the referenced key's index is no model edge
    AND NOT (d.refclassid = 'pg_class'::regclass AND con.contype <> 'x'
             AND (d.refobjsubid > 0 OR d.refobjid = con.conindid))
  UNION ALL
  SELECT 'v', r.ev_class, NULL, r.ev_class, 0, d.refclassid, d.refobjid, d.refobjsubid
  FROM d JOIN pg_rewrite r ON r.oid = d.objid
  WHERE d.classid = 'pg_rewrite'::regclass
  UNION ALL
  SELECT 'f', d.objid, NULL, 0, 0, d.refclassid, d.refobjid, d.refobjsubid
  FROM d WHERE d.classid = 'pg_proc'::regclass
  UNION ALL
  SELECT 't', d.objid, NULL, t.tgrelid, 0, d.refclassid, d.refobjid, d.refobjsubid
  FROM d JOIN pg_trigger t ON t.oid = d.objid
  WHERE d.classid = 'pg_trigger'::regclass AND NOT t.tgisinternal
  UNION ALL
  SELECT 'p', d.objid, NULL, pol.polrelid, 0, d.refclassid, d.refobjid, d.refobjsubid
  FROM d JOIN pg_policy pol ON pol.oid = d.objid
  WHERE d.classid = 'pg_policy'::regclass
),
typ AS MATERIALIZED (
  SELECT dep.kind, dep.owner, dep.col, et.oid AS typ, et.typtype, et.typrelid
  FROM dep JOIN pg_type rt ON rt.oid = dep.refobjid
           JOIN pg_type et ON et.oid = CASE WHEN rt.typsubscript = 'array_subscript_handler'::regproc
                                            THEN rt.typelem ELSE rt.oid END
  WHERE dep.refclassid = 'pg_type'::regclass AND (et.typtype IN ('e', 'd', 'r') OR et.typrelid <> 0)
)
SELECT dep.kind, dep.owner, dep.col, CASE WHEN a.attname IS NULL THEN 'r' ELSE 'c' END, n.nspname, c.relname, a.attname
FROM dep JOIN pg_class c ON c.oid = dep.refobjid
         JOIN pg_namespace n ON n.oid = c.relnamespace
         LEFT JOIN pg_attribute a ON a.attrelid = dep.refobjid AND a.attnum = dep.refobjsubid AND dep.refobjsubid > 0
WHERE dep.refclassid = 'pg_class'::regclass AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
  AND NOT (dep.refobjid = dep.home AND (dep.refobjsubid IN (0, dep.home_col) OR dep.kind = 'v'))
  AND c.oid NOT IN (SELECT objid FROM ext WHERE classid = 'pg_class'::regclass)
UNION ALL
SELECT dep.kind, dep.owner, dep.col, 'f', n.nspname, p.proname, NULL
FROM dep JOIN pg_proc p ON p.oid = dep.refobjid
         JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE dep.refclassid = 'pg_proc'::regclass
  AND p.oid NOT IN (SELECT objid FROM ext WHERE classid = 'pg_proc'::regclass)
UNION ALL
SELECT typ.kind, typ.owner, typ.col, 't', n.nspname, t.typname, NULL
FROM typ JOIN pg_type t ON t.oid = typ.typ
         JOIN pg_namespace n ON n.oid = t.typnamespace
WHERE (typ.typtype IN ('e', 'd', 'r') OR (typ.typtype = 'c' AND (SELECT relkind FROM pg_class WHERE oid = typ.typrelid) = 'c'))
  AND t.oid NOT IN (SELECT objid FROM ext WHERE classid = 'pg_type'::regclass)
UNION ALL
SELECT typ.kind, typ.owner, typ.col, 'r', n.nspname, c.relname, NULL
FROM typ JOIN pg_class c ON c.oid = typ.typrelid
         JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f')
  AND c.oid NOT IN (SELECT objid FROM ext WHERE classid = 'pg_class'::regclass))SQL";

}  // namespace shale::load::pg_live::queries
