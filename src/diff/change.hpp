// Changes between two schemas: typed data first, SQL second (render/).
// Each kind of change carries one payload type (see payload_fits); a Change
// points into the two Schemas it was computed from, which must outlive it.
#pragma once
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "model/privileges.hpp"
#include "model/schema.hpp"

namespace shale::diff {

enum class ChangeKind {
  create_schema,
  drop_schema,
  create_extension,
  drop_extension,
  create_enum,
  drop_enum,
  add_enum_value,
  rebuild_enum,
  create_domain,
  drop_domain,
  alter_domain,  // diff_domains.cpp
  create_composite_type,
  drop_composite_type,
  alter_composite_type,  // diff_composites.cpp
  create_range_type,
  drop_range_type,  // diff_composites.cpp: no ALTER exists
  create_collation,
  drop_collation,    // diff_composites.cpp: no ALTER of its definition exists
  update_extension,  // ALTER EXTENSION … UPDATE TO the wanted version
  create_sequence,
  alter_sequence,
  drop_sequence,
  set_sequence_owner,
  create_function,
  replace_function,
  drop_function,
  create_table,
  drop_table,
  rename_table,
  rebuild_table,  // SQLite: create the new table, copy the rows, drop the old one, rename
  add_column,
  drop_column,
  rename_column,
  alter_column,
  add_constraint,
  drop_constraint,
  rename_constraint,
  create_index,
  drop_index,
  // The online forms of changes to tables that hold rows (diff/online.cpp):
  create_index_concurrently,
  drop_index_concurrently,     // each outside a transaction
  build_constraint_index,      // CREATE UNIQUE INDEX CONCURRENTLY named as the constraint, outside a transaction
  add_constraint_using_index,  // ADD CONSTRAINT … UNIQUE | PRIMARY KEY USING INDEX
  add_constraint_not_valid,    // a foreign key or check added NOT VALID …
  validate_constraint,         // … and validated in a later transaction
  add_not_null_check,          // CHECK (c IS NOT NULL) NOT VALID …
  set_not_null_checked,        // … later: VALIDATE it, SET NOT NULL (no scan), drop the check
  create_view,
  replace_view,
  drop_view,                  // replace_view: CREATE OR REPLACE, the old columns kept
  alter_view_options,         // ALTER VIEW … SET (…) / RESET (…)
  refresh_materialized_view,  // populate one created WITH NO DATA
  create_trigger,
  drop_trigger,
  set_comment,
  detach_partition,
  attach_partition,  // ALTER TABLE parent DETACH / ATTACH PARTITION p (a partition's parent or bound changes)
  add_inherit,
  drop_inherit,            // ALTER TABLE child INHERIT / NO INHERIT parent
  set_logged,              // ALTER TABLE … SET LOGGED / SET UNLOGGED (the table as wanted)
  set_storage_parameters,  // ALTER TABLE | MATERIALIZED VIEW … SET (…) / RESET (…)
  // Row-level security (diff_policies.cpp): ALTER TABLE … ROW LEVEL SECURITY, and policies.
  set_row_security,
  create_policy,
  alter_policy,
  drop_policy,
  // Privileges (diff_privileges.cpp): GRANT / REVOKE on one object to one grantee.
  grant_privileges,
  revoke_privileges,
  set_owner,  // ALTER … OWNER TO, with [owners] compare (diff_owners.cpp)
};

// What a change risks on a database with rows, as docs/design.md names them ("Hazards").
enum class Hazard { deletes_data, table_rewrite, blocks_writes, blocks_reads, may_fail, revokes_access };

const char* hazard_id(Hazard h);       // "deletes-data", as reports and `-- hazard:` comments print it
const char* hazard_message(Hazard h);  // what it means for the rows and the clients of the table
std::vector<std::string> hazard_ids(const std::vector<Hazard>& hazards);

// The payloads. Pointers are never null: each payload names only what its
// kinds always have.
struct SchemaName {
  std::string name;
};  // create_schema, drop_schema
struct ExtensionRef {
  const model::Extension* extension;
};  // create_extension, drop_extension
struct EnumRef {
  const model::Enum* type;
};                     // create_enum (the new type), drop_enum (the old)
struct EnumValueAdd {  // add_enum_value
  const model::Enum* from;
  const model::Enum* to;
  std::string value;
};
struct EnumRebuild {  // rebuild_enum
  const model::Enum* from;
  const model::Enum* to;
  std::vector<const model::Table*> users;  // tables with columns of the type
};
struct DomainRef {
  const model::Domain* domain;
};                    // create_domain (new), drop_domain (old)
struct DomainAlter {  // alter_domain: default, NOT NULL, checks
  const model::Domain* from;
  const model::Domain* to;
};
struct CompositeRef {
  const model::CompositeType* type;
};                       // create_composite_type (new), drop_composite_type (old)
struct CompositeAlter {  // alter_composite_type: attributes added, dropped, retyped
  const model::CompositeType* from;
  const model::CompositeType* to;
};
struct ExtensionUpdate {  // update_extension
  const model::Extension* from;
  const model::Extension* to;
};
struct CollationRef {
  const model::Collation* collation;
};  // create_collation (new), drop_collation (old)
struct RangeRef {
  const model::RangeType* type;
};  // create_range_type (new), drop_range_type (old)
struct SequenceRef {
  const model::Sequence* sequence;
};                      // create, drop, set_sequence_owner (the wanted owner)
struct SequenceAlter {  // alter_sequence
  const model::Sequence* from;
  const model::Sequence* to;
};
struct FunctionRef {
  const model::Function* function;
};  // create, replace, drop (function or procedure)
struct TableRef {
  const model::Table* table;
};                    // create_table (new), drop_table, detach_partition (old), attach_partition (new)
struct TableRename {  // rename_table
  const model::Table* from;
  const model::Table* to;
};
struct TableRebuild {  // rebuild_table (SQLite)
  const model::Table* from;
  const model::Table* to;
  std::vector<std::pair<std::string, std::string>> copy_columns;  // target column → source column
};
struct ColumnAdd {            // add_column
  const model::Table* table;  // the table as wanted
  const model::Column* column;
  std::vector<const model::Constraint*> constraints;  // SQLite: CHECK and REFERENCES that go with the column
};
struct ColumnDrop {           // drop_column
  const model::Table* table;  // the table as it is
  const model::Column* column;
};
struct ColumnChange {         // rename_column, alter_column, add_not_null_check, set_not_null_checked
  const model::Table* table;  // the table as wanted
  const model::Column* from;
  const model::Column* to;
  bool not_null_by_check = false;  // alter_column: SET NOT NULL is left to add_not_null_check
};
// add_constraint, its online forms (wanted table); drop_constraint (current table)
struct ConstraintRef {
  const model::Table* table;
  const model::Constraint* constraint;
};
struct ConstraintRename {     // rename_constraint
  const model::Table* table;  // the table as wanted
  std::string old_name;
  const model::Constraint* constraint;
};
struct IndexRef {
  const model::Index* index;
};  // create_index, drop_index
struct ViewRef {
  const model::View* view;
};                  // create_view, replace_view, drop_view, refresh_materialized_view
struct ViewAlter {  // alter_view_options
  const model::View* from;
  const model::View* to;
};
struct TriggerRef {
  const model::Trigger* trigger;
};                          // create_trigger, drop_trigger
struct StorageParameters {  // set_storage_parameters
  std::string kind;         // "TABLE" or "MATERIALIZED VIEW"
  model::QName relation;
  std::vector<std::string> set;    // "name=value", as reloptions holds them ("toast.name=value")
  std::vector<std::string> reset;  // names
};
struct InheritChange {  // add_inherit (the table as wanted), drop_inherit (as it is)
  const model::Table* table;
  model::QName parent;
};

struct RowSecurity {          // set_row_security
  const model::Table* table;  // the table as wanted
  bool set_enabled;           // write ENABLE / DISABLE ROW LEVEL SECURITY
  bool set_forced;            // write FORCE / NO FORCE ROW LEVEL SECURITY
};
struct PolicyRef {
  const model::Policy* policy;
};                    // create_policy (new), drop_policy (old)
struct PolicyAlter {  // alter_policy: roles, USING, WITH CHECK in place
  const model::Policy* from;
  const model::Policy* to;
};
struct PrivilegeChange {  // grant_privileges, revoke_privileges
  model::GrantObject object;
  std::string grantee;                  // a role, or "PUBLIC"
  std::vector<std::string> privileges;  // in the order valid_privileges lists them
  bool grant_option = false;            // GRANT … WITH GRANT OPTION; REVOKE GRANT OPTION FOR …
};

// The object of a COMMENT ON, as data; the renderer quotes it.
struct CommentTarget {
  std::string kind;     // "TABLE", "COLUMN", "MATERIALIZED VIEW", "FUNCTION" … as COMMENT ON spells it
  model::QName object;  // the schema object (for SCHEMA, object.name is the schema)
  std::string member;   // the column, constraint, trigger or policy; a function's identity arguments "(integer)"
};
CommentTarget view_comment_target(const model::View& v);

struct Comment {  // set_comment
  CommentTarget target;
  std::string text;  // "" drops the comment
};
struct OwnerChange {     // set_owner
  CommentTarget target;  // the object, as COMMENT ON names it
  std::string owner;     // the role
};

using Payload =
    std::variant<SchemaName, ExtensionRef, EnumRef, EnumValueAdd, EnumRebuild, DomainRef, DomainAlter, CompositeRef,
                 CompositeAlter, RangeRef, CollationRef, ExtensionUpdate, SequenceRef, SequenceAlter, FunctionRef,
                 TableRef, TableRename, TableRebuild, ColumnAdd, ColumnDrop, ColumnChange, ConstraintRef,
                 ConstraintRename, IndexRef, ViewRef, ViewAlter, TriggerRef, Comment, InheritChange, StorageParameters,
                 RowSecurity, PolicyRef, PolicyAlter, PrivilegeChange, OwnerChange>;

// Whether `p` is the payload type of `kind`.
bool payload_fits(ChangeKind kind, const Payload& p);

// PostgreSQL refuses to run it inside a transaction block (… CONCURRENTLY).
bool outside_transaction(ChangeKind kind);
// It only helps after the change that prepared it has committed
// (VALIDATE after ADD … NOT VALID): it needs a transaction of its own after that one.
bool after_commit(ChangeKind kind);

// The name of the CHECK (c IS NOT NULL) that add_not_null_check adds, within
// PostgreSQL's 63-byte identifiers.
std::string not_null_check_name(const model::QName& table, const std::string& column);

struct Change {
  ChangeKind kind;
  int phase = 0;       // tie-break among changes the dependency order leaves free (see order.cpp)
  model::QName table;  // the table a change concerns, for grouping; may be empty
  Payload payload;
  std::vector<Hazard> hazards;

  // The payload, whose type the kind fixes (std::bad_variant_access otherwise).
  template <class T>
  const T& as() const {
    return std::get<T>(payload);
  }
  template <class T>
  T& as() {
    return std::get<T>(payload);
  }
  bool has(Hazard h) const;
};

// Appends a change to `out` and returns it (valid until the next append);
// a payload of the wrong type for `kind` is a logic error.
Change& append_change(std::vector<Change>& out, ChangeKind kind, int phase, model::QName table, Payload payload,
                      std::vector<Hazard> hazards = {});

}  // namespace shale::diff
