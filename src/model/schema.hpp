// The dialect-neutral schema model. Loaders produce it, diff compares two of
// them. Every definition that PostgreSQL stores in an analysed form (defaults,
// checks, index and view definitions …) is an Expr: the text to render plus a
// canonical form that both the interpreter and the live reader produce for
// equal definitions. Equality of objects is equality of canonical forms.
#pragma once
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "util/error.hpp"

namespace shale::model {

struct Expr {
  std::string text;   // what to render (valid SQL in the target dialect)
  std::string canon;  // what to compare
  bool empty() const { return text.empty(); }
  bool operator==(const Expr& o) const { return canon == o.canon; }
  bool operator!=(const Expr& o) const { return !(*this == o); }
};

// Qualified object name. `schema` is empty for SQLite.
struct QName {
  std::string schema;
  std::string name;
  bool operator<(const QName& o) const { return schema != o.schema ? schema < o.schema : name < o.name; }
  bool operator==(const QName& o) const { return schema == o.schema && name == o.name; }
  bool operator!=(const QName& o) const { return !(*this == o); }
};

// A reference from one definition to another object, as PostgreSQL's pg_depend
// records it. The planner orders changes by these edges (a dependant is created
// after, and dropped before, what it refers to); the interpreter follows them
// for DROP … [CASCADE] and RENAME. Functions are referred to by name: the
// overloads of one name share their edges, which only ever adds order.
// key: only between the planner's changes (diff/order.cpp): a unique key of
// the table `name`, `column` its columns sorted and comma-joined.
// collation: a user collation (CREATE COLLATION) that a column, domain,
// composite attribute or range type is declared with.
enum class RefKind { relation, column, type, function, key, collation };

struct Ref {
  RefKind kind = RefKind::relation;
  QName name;          // relation (table, view, sequence, index), type or function
  std::string column;  // RefKind::column only
  bool operator<(const Ref& o) const {
    if (kind != o.kind) return kind < o.kind;
    if (name != o.name) return name < o.name;
    return column < o.column;
  }
  bool operator==(const Ref& o) const { return kind == o.kind && name == o.name && column == o.column; }
};
using Refs = std::vector<Ref>;  // sorted, unique

// Adds `r` to a sorted Refs.
void add_ref(Refs& refs, Ref r);

// A privilege on an object where it differs from what PostgreSQL gives the
// object when it is created (acldefault): everything to its owner, and to
// PUBLIC EXECUTE on functions and USAGE on types (and on schema public, as
// initdb leaves it). So a state without GRANT or REVOKE holds none. The
// owner's own privileges are not held. Which grantees are compared is the
// project's choice ([privileges] in shale.toml, model/privileges.hpp).
struct Privilege {
  std::string grantee;     // a role, or "PUBLIC"
  std::string privilege;   // "SELECT", "EXECUTE" …, as GRANT writes it
  bool grantable = false;  // WITH GRANT OPTION
  bool revoked = false;    // one of the defaults above, taken away
  SourcePos pos;           // the statement that set it (desired state), for errors
  bool operator==(const Privilege& o) const {
    return grantee == o.grantee && privilege == o.privilege && grantable == o.grantable && revoked == o.revoked;
  }
  bool operator!=(const Privilege& o) const { return !(*this == o); }
};
using Privileges = std::vector<Privilege>;  // sorted by (grantee, privilege), one each

// ALTER DEFAULT PRIVILEGES FOR ROLE role [IN SCHEMA schema] … ON objects: the
// privileges objects that `role` creates later get. Held, like Privileges,
// where they differ from PostgreSQL's defaults: globally PUBLIC's EXECUTE on
// functions and USAGE on types; in one schema, nothing.
struct DefaultPrivilegesFor {
  std::string role;
  std::string schema;   // IN SCHEMA, "" for every schema
  std::string objects;  // TABLES, SEQUENCES, FUNCTIONS (routines), TYPES or SCHEMAS
  bool operator<(const DefaultPrivilegesFor& o) const {
    return std::tie(role, schema, objects) < std::tie(o.role, o.schema, o.objects);
  }
};

struct SequenceOptions {
  std::string type = "bigint";
  int64_t start = 1, increment = 1, min = 1, max = INT64_MAX, cache = 1;
  bool cycle = false;
  bool operator==(const SequenceOptions& o) const {
    return type == o.type && start == o.start && increment == o.increment && min == o.min && max == o.max &&
           cache == o.cache && cycle == o.cycle;
  }
  bool operator!=(const SequenceOptions& o) const { return !(*this == o); }
};

struct Column {
  std::string name;
  std::string type;  // canonical spelling, as PostgreSQL's format_type prints it
  bool not_null = false;
  Expr default_value;
  char identity = 0;  // 0, 'a' (ALWAYS) or 'd' (BY DEFAULT)
  SequenceOptions identity_options;
  Expr generated;                  // GENERATED ALWAYS AS (…) STORED
  bool generated_virtual = false;  // SQLite: VIRTUAL instead of STORED
  std::string collation;           // empty: the type's default
  std::string comment;
  Privileges privileges;     // column privileges (GRANT SELECT (c) …)
  std::string renamed_from;  // desired-state hint
  Refs depends_on;           // the type (when user-defined), and what the default or generation expression uses
  SourcePos pos;
};

enum class ConstraintKind { primary_key, unique, check, foreign_key, exclusion };

struct Constraint {
  std::string name;
  ConstraintKind kind = ConstraintKind::check;
  Expr definition;  // e.g. "FOREIGN KEY (a) REFERENCES public.t(id) ON DELETE CASCADE"
  std::vector<std::string> columns;
  QName references;  // foreign keys only
  // False: added NOT VALID and not yet validated (a check or foreign key that
  // holds for new rows only). Apart from `definition`, which never says it.
  bool valid = true;
  std::string comment;
  Refs depends_on;  // columns of its table and what its expression uses; FKs: the referenced columns
  SourcePos pos;
};

struct TableSize {
  int64_t rows = -1;  // reltuples: -1 when the table was never analysed
  int64_t pages = 0;  // relpages, of 8 kB
};

struct Table {
  QName name;
  std::vector<Column> columns;
  std::vector<Constraint> constraints;
  std::string comment;
  Privileges privileges;
  std::string renamed_from;  // desired-state hint: old table name (same schema)
  // A live table's size, as the planner estimates it (pg_class); unknown
  // elsewhere. Not part of the schema: plans show it beside hazards.
  std::optional<TableSize> size;
  // PostgreSQL declarative partitioning (docs/comparison.md, "Partitions").
  // A partition's columns, and the constraints and indexes its parent gives
  // it, are its parent's: the model keeps them on the parent only.
  Expr partition_by;     // "RANGE (ts)" as pg_get_partkeydef prints it; empty: not partitioned
  QName partition_of;    // a partition's parent; empty name: not a partition
  Expr partition_bound;  // "FOR VALUES …" or "DEFAULT", as pg_get_expr(relpartbound) prints it
  bool is_partition() const { return !partition_of.name.empty(); }
  // INHERITS (…): the parents, in order. Columns the table inherits (any
  // column a parent has) are the parents', not in `columns`.
  std::vector<QName> inherits;
  bool unlogged = false;  // CREATE UNLOGGED TABLE: not written to the WAL, emptied after a crash
  // WITH (…): "name=value" as reloptions holds them, "toast.name=value" for the TOAST table's; sorted.
  std::vector<std::string> storage_parameters;
  // SQLite table options.
  bool without_rowid = false, strict = false, autoincrement = false;
  // ALTER TABLE … ENABLE | FORCE ROW LEVEL SECURITY (relrowsecurity, relforcerowsecurity).
  bool row_security = false, force_row_security = false;
  std::string owner;  // role; "" = not named (compared only with [owners] compare, docs/comparison.md "Owners")
  SourcePos pos;

  const Column* column(const std::string& n) const;
  Column* column(const std::string& n);
  const Constraint* constraint(const std::string& n) const;
};

struct Index {
  QName name;
  QName table;
  bool unique = false;
  Expr definition;                   // the whole CREATE INDEX statement
  std::vector<std::string> columns;  // plain key columns, for dependency ordering
  std::string comment;
  Refs depends_on;  // columns, functions and types of its keys, expressions and predicate
  // False for an index left INVALID by a failed CREATE INDEX CONCURRENTLY: it is
  // kept up to date but never used, and the plan drops it.
  bool valid = true;
  SourcePos pos;
};

struct Enum {
  QName name;
  std::vector<std::string> values;
  std::string comment;
  Privileges privileges;
  std::string owner;  // role; "" = not named (compared only with [owners] compare, docs/comparison.md "Owners")
  SourcePos pos;
};

// CREATE DOMAIN. Checks are compared in the form PostgreSQL stores them.
struct DomainCheck {
  std::string name;
  Expr definition;    // "CHECK ((VALUE > 0))" as pg_get_constraintdef prints it, without " NOT VALID"
  bool valid = true;  // false: added NOT VALID (in migrations) and not validated since
};

struct Domain {
  QName name;
  std::string base_type;  // canonical spelling, as format_type prints it (typmod included)
  std::string collation;  // empty: the base type's
  Expr default_value;
  bool not_null = false;
  std::vector<DomainCheck> checks;  // by name, as the live reader orders them
  std::string comment;
  Privileges privileges;
  std::string owner;  // role; "" = not named (compared only with [owners] compare, docs/comparison.md "Owners")
  Refs depends_on;    // its base type (a user type) and what its default and checks use
  SourcePos pos;
};

// CREATE TYPE … AS (…): a row type of its own.
struct CompositeAttribute {
  std::string name;
  std::string type;       // canonical spelling, as format_type prints it
  std::string collation;  // empty: the type's default
};

struct CompositeType {
  QName name;
  std::vector<CompositeAttribute> attributes;
  std::string comment;
  Privileges privileges;
  std::string owner;  // role; "" = not named (compared only with [owners] compare, docs/comparison.md "Owners")
  Refs depends_on;    // the user types of its attributes
  SourcePos pos;
};

// CREATE TYPE … AS RANGE. Options left at PostgreSQL's defaults are empty, so
// that a definition that spells a default out compares equal.
struct RangeType {
  QName name;
  std::string subtype;          // canonical spelling, as format_type prints it
  std::string subtype_opclass;  // empty: the subtype's default btree operator class
  std::string collation;        // empty: the subtype's default
  std::string canonical;        // function; empty: none (schema only outside public and pg_catalog)
  std::string subtype_diff;     // function, as canonical
  std::string multirange_name;  // empty: the name PostgreSQL derives (…multirange…)
  std::string comment;
  Privileges privileges;
  std::string owner;  // role; "" = not named (compared only with [owners] compare, docs/comparison.md "Owners")
  Refs depends_on;    // its subtype (a user type) and its functions
  SourcePos pos;
};

// CREATE COLLATION. libc keeps LC_COLLATE and LC_CTYPE, ICU one locale.
struct Collation {
  QName name;
  std::string provider = "libc";     // "libc" or "icu"
  std::string lc_collate, lc_ctype;  // libc
  std::string icu_locale;            // icu
  bool deterministic = true;
  std::string comment;
  SourcePos pos;
};

struct Sequence {
  QName name;
  SequenceOptions options;
  std::string owned_by_table;  // table in the same schema, or empty
  std::string owned_by_column;
  std::string comment;
  Privileges privileges;
  std::string owner;  // role; "" = not named (compared only with [owners] compare, docs/comparison.md "Owners")
  SourcePos pos;
};

struct View {
  QName name;
  bool materialized = false;
  Expr query;  // the SELECT
  // A plain view's options (security_barrier, security_invoker, check_option),
  // canonical as pgsql/view_options.hpp makes them.
  std::map<std::string, std::string> options;
  // A materialized view created WITH NO DATA wants no rows computed when it is
  // created; a populated one is left so (diff.cpp, "materialized views").
  bool with_data = true;
  std::string comment;
  Privileges privileges;
  std::map<std::string, std::string> column_comments;  // column → comment
  Refs depends_on;                                     // relations, columns, functions and types its query uses
  SourcePos pos;
  std::vector<std::string> storage_parameters;  // a materialized view's, as Table::storage_parameters
  std::string owner;  // role; "" = not named (compared only with [owners] compare, docs/comparison.md "Owners")
};

struct Function {
  QName name;
  std::string identity_args;  // canonical argument types, "(integer, text)"
  std::string returns;        // canonical return type; "" for procedures
  bool is_procedure = false;
  Expr definition;  // CREATE OR REPLACE FUNCTION …
  std::string comment;
  Privileges privileges;
  std::string owner;  // role; "" = not named (compared only with [owners] compare, docs/comparison.md "Owners")
  Refs depends_on;    // argument and return types (a table's row type too); SQL bodies' relations
  SourcePos pos;
  std::string key() const { return name.schema + "." + name.name + identity_args; }
};

struct Trigger {
  QName table;
  std::string name;
  Expr definition;  // CREATE TRIGGER …
  std::string comment;
  Refs depends_on;  // its function, and the columns of UPDATE OF and WHEN
  SourcePos pos;
};

// CREATE POLICY (pg_policy). Its expressions are compared in the form
// pg_get_expr(polqual, polrelid) prints them, as a CHECK's are.
struct Policy {
  QName table;
  std::string name;
  bool permissive = true;          // AS PERMISSIVE (default) or RESTRICTIVE
  std::string command = "ALL";     // ALL, SELECT, INSERT, UPDATE or DELETE
  std::vector<std::string> roles;  // sorted, unique; {"public"} for PUBLIC (pg_policies.roles)
  Expr using_expr;                 // USING (…), empty when none
  Expr check_expr;                 // WITH CHECK (…), empty when none
  std::string comment;
  Refs depends_on;  // the columns and functions its expressions use (its table is implied)
  SourcePos pos;
};

struct Extension {
  std::string name;
  std::string schema;
  SourcePos pos;
  // pg_extension.extversion; in desired state the VERSION named, "" for any.
  // Compared only when both sides name one.
  std::string version;
};

// A whole database schema. Vectors keep creation order, which is also a valid
// dependency order for objects of one kind (a view on a view comes after it).
struct Schema {
  std::map<std::string, std::string> schemas;                     // name → comment; "public" is implied
  std::map<std::string, Privileges> schema_privileges;            // by schema name, "public" included
  std::map<DefaultPrivilegesFor, Privileges> default_privileges;  // none empty
  std::map<std::string, std::string> schema_owners;  // name → owner, where named (public too); as Table::owner
  std::vector<Extension> extensions;
  std::vector<Enum> enums;
  std::vector<Domain> domains;
  std::vector<CompositeType> composite_types;
  std::vector<RangeType> range_types;
  std::vector<Collation> collations;
  std::vector<Sequence> sequences;
  std::vector<Table> tables;
  std::vector<Index> indexes;
  std::vector<View> views;
  std::vector<Function> functions;
  std::vector<Trigger> triggers;
  std::vector<Policy> policies;

  Table* table(const QName& n);
  const Table* table(const QName& n) const;
};

// Removes every object `excluded(schema, name)` names, and what goes with it:
// a table's indexes and triggers and the sequences it owns. `excluded(schema, "")`
// is asked for the schema itself. Extensions stay (they are database-wide).
// For the project's [filter] (config/filter.hpp), on every state it reads.
void remove_objects(Schema& schema, const std::function<bool(const std::string&, const std::string&)>& excluded);

}  // namespace shale::model
