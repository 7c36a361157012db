// The statement-by-statement interpreter behind load_pg_sql. It applies each
// statement to the model as PostgreSQL would apply it to its catalog,
// including the names PostgreSQL gives to unnamed objects.
#pragma once
#include <map>
#include <memory>
#include <set>

#include "load/pg_sql/load_pg_sql.hpp"
#include "model/privileges.hpp"
#include "pgsql/dependencies.hpp"
#include "pgsql/parse_tree.hpp"
#include "pgsql/rename_refs.hpp"
#include "pgsql/view_options.hpp"

namespace shale::load::pg_sql {

class Interpreter : public pgsql::Catalog {
 public:
  explicit Interpreter(Source source = Source::desired_state) : source_(source) {}
  void run(const SqlFile& file);
  model::Schema finish();
  const model::Schema& current() const { return schema_; }

  // pgsql::Catalog: name resolution against the objects defined so far.
  bool has_columns(const model::QName& relation) const override;
  bool column(const model::QName& relation, const std::string& name) const override;
  std::vector<std::string> column_names(const model::QName& relation) const override;
  bool other_relation(const model::QName& relation) const override;
  bool function(const model::QName& name) const override;
  bool enum_type(const model::QName& name) const override;

 private:
  // An object of the model, as DROP and RENAME see it (interpreter_dependencies.cpp).
  struct ObjectKey {
    // enum_type: an enum, a domain, a composite or a range type (a type that columns, functions and domains use)
    enum class Kind {
      table,
      column,
      column_default,
      constraint,
      index,
      view,
      function,
      trigger,
      sequence,
      enum_type,
      policy
    } kind;
    model::QName name;  // the object, or for column, column_default, constraint, trigger and policy: its table
    std::string sub;    // column, constraint, trigger or policy name
    std::string describe() const;
  };
  struct Dependant {
    ObjectKey key;
    bool automatic;  // goes with the object without CASCADE (PostgreSQL's DEPENDENCY_AUTO/INTERNAL)
  };
  // A foreign key whose referenced table is not defined yet (desired state
  // may define it later). It keeps text, not tree nodes, so that the tree of
  // its statement can be freed.
  struct PendingForeignKey {
    model::QName table;
    std::string constraint;
    std::vector<std::string> ref_columns;  // empty: the referenced table's primary key
    SourcePos statement;                   // PostgreSQL reports a foreign key without a matching key at its statement
  };

  // statements
  void statement(PgQuery__Node* node);
  void refuse_parameters(PgQuery__Node* node);
  void dispatch(PgQuery__Node* node);
  void create_table(PgQuery__CreateStmt* s);
  void alter_table(PgQuery__AlterTableStmt* s);
  // Parts of alter_table.
  void set_column_default(const model::Table& t, model::Column& col, PgQuery__Node* def);
  void drop_table_constraint(model::Table& t, const std::string& name, bool missing_ok);
  void add_identity(model::Column& col, PgQuery__Constraint* k);
  void validate_table_constraint(model::Table& t, const std::string& name);
  void alter_matview(const model::QName& name, PgQuery__AlterTableStmt* s);
  void create_index(PgQuery__IndexStmt* s);
  void create_enum(PgQuery__CreateEnumStmt* s);
  void alter_enum(PgQuery__AlterEnumStmt* s);
  void create_sequence(PgQuery__CreateSeqStmt* s);
  // domains (interpreter_domains.cpp)
  void create_domain(PgQuery__CreateDomainStmt* s);
  void alter_domain(PgQuery__AlterDomainStmt* s);
  bool domain_type(const model::QName& name) const;
  model::Domain& domain(const model::QName& name);
  model::DomainCheck domain_check(model::Domain& d, PgQuery__Constraint* c);
  void set_domain_default(model::Domain& d, PgQuery__Node* expr);
  void domain_refs(model::Domain& d);
  void sort_checks(model::Domain& d) const;
  void rename_domain(const model::QName& from, const std::string& to);
  void rename_domain_constraint(const model::QName& name, const std::string& from, const std::string& to);
  void rename_in_domains(const pgsql::Renaming& r);
  void resolve_domains();
  // composite types (interpreter_composites.cpp)
  void create_composite(PgQuery__CompositeTypeStmt* s);
  void alter_composite(PgQuery__AlterTableStmt* s);
  bool composite_type(const model::QName& name) const;
  model::CompositeType& composite(const model::QName& name);
  model::CompositeAttribute composite_attribute(model::CompositeType& c, PgQuery__ColumnDef* def);
  void composite_refs(model::CompositeType& c);
  void rename_attribute(const model::QName& type, const std::string& from, const std::string& to);
  // range types (interpreter_ranges.cpp)
  void create_range(PgQuery__CreateRangeStmt* s);
  bool range_type(const model::QName& name) const;
  // collations (interpreter_collations.cpp)
  void create_collation(PgQuery__DefineStmt* s);
  model::Collation* find_collation(const model::QName& name);
  void drop_collation(const model::QName& name, bool cascade, bool missing_ok);
  void alter_sequence(PgQuery__AlterSeqStmt* s);
  void create_view(PgQuery__ViewStmt* s);
  void create_matview(PgQuery__CreateTableAsStmt* s);
  void create_function(PgQuery__CreateFunctionStmt* s);
  void create_trigger(PgQuery__CreateTrigStmt* s);
  void create_schema(PgQuery__CreateSchemaStmt* s);
  void create_extension(PgQuery__CreateExtensionStmt* s);
  void alter_extension(PgQuery__AlterExtensionStmt* s);
  void comment(PgQuery__CommentStmt* s);
  void drop(PgQuery__DropStmt* s);
  void drop_routine(PgQuery__ObjectWithArgs* owa, bool cascade, bool missing_ok);  // parts of drop
  void drop_schema(const std::string& name, bool cascade, bool missing_ok);
  void rename(PgQuery__RenameStmt* s);
  void rename_type(const model::QName& from, const std::string& to);  // parts of rename
  void rename_relation(const model::QName& from, const std::string& to, bool missing_ok);
  void session_setting(PgQuery__VariableSetStmt* s);
  bool resolve_foreign_key(const PendingForeignKey& fk, bool final);
  bool not_valid(PgQuery__Constraint* c);
  void view_options(pgsql::ViewOptions& options, PgQuery__Node** defs, size_t n, bool reset);
  void alter_view(PgQuery__AlterTableStmt* s);
  void check_new_type_name(const model::QName& name);
  model::View* find_view(const model::QName& name);  // null when no view or materialized view has that name
  void refresh_matview(PgQuery__RefreshMatViewStmt* s);
  void constraint_using_index(model::Table& t, PgQuery__Constraint* c, model::Constraint& k);

  // row-level security (interpreter_policies.cpp)
  void set_row_security(model::Table& t, int alter_table_subtype);
  void create_policy(PgQuery__CreatePolicyStmt* s);
  void alter_policy(PgQuery__AlterPolicyStmt* s);
  void rename_policy(PgQuery__RenameStmt* s);
  void drop_policy(const std::vector<std::string>& names, bool missing_ok);
  void comment_policy(const std::vector<std::string>& names, const std::string& text);
  void comment_column(const std::vector<std::string>& names, const std::string& text);
  model::Policy* find_policy(const model::QName& table, const std::string& name);
  std::vector<std::string> policy_roles(PgQuery__Node** roles, size_t n);
  model::Expr policy_expression(PgQuery__Node* expr, const model::QName& table);
  model::Refs policy_refs(const model::Policy& p, bool report_missing);
  void check_policy_expressions(const model::Policy& p, bool altered);
  void resolve_policy_edges();

  // GRANT / REVOKE (interpreter_privileges.cpp)
  void grant(PgQuery__GrantStmt* s);
  void alter_default_privileges(PgQuery__AlterDefaultPrivilegesStmt* s);
  void apply_grant(PgQuery__GrantStmt* s,
                   const std::vector<std::pair<model::GrantObject, model::Privileges*>>& targets);
  std::vector<std::pair<model::GrantObject, model::Privileges*>> grant_targets(PgQuery__GrantStmt* s);
  model::Privileges* type_privileges(const model::QName& name);  // null when no such type
  model::Sequence* find_sequence(const model::QName& name);      // null when no such sequence

  // ALTER … OWNER TO and CREATE SCHEMA … AUTHORIZATION (interpreter_owners.cpp)
  bool owner_change(PgQuery__AlterTableStmt* s);
  void alter_owner(PgQuery__AlterOwnerStmt* s);
  void set_table_owner(model::Table& t, const PgQuery__RoleSpec* role);
  std::string owner_role(const PgQuery__RoleSpec* role) const;

  // dependencies (interpreter_dependencies.cpp)
  std::vector<Dependant> dependants_of(const ObjectKey& target) const;
  void drop_object(const ObjectKey& key, bool cascade);
  void remove_object(const ObjectKey& key);
  void rename_everywhere(const pgsql::Renaming& r);
  void rename_in_tables(const pgsql::Renaming& r);  // part of rename_everywhere
  void rename_schema(const std::string& from, const std::string& to);
  void resolve_desired_state();
  void refuse_missing(const std::vector<pgsql::Unresolved>& missing);
  model::Refs column_refs(const model::Table& t, const model::Column& c);
  void reindex_tables();

  // partitions (interpreter_partitions.cpp)
  const model::Table& partition_root(const model::Table& t) const;
  model::Expr partition_key(const model::Table& t, PgQuery__PartitionSpec* spec);
  model::Expr partition_bound(const model::Table& parent, PgQuery__PartitionBoundSpec* b);
  using PartitionKeyTypes = std::vector<std::pair<std::string, bool>>;  // type ("" for an expression), is an enum
  PartitionKeyTypes partition_key_types(const model::Table& parent);    // parts of partition_bound
  std::string partition_bound_value(PgQuery__Node* n, const PartitionKeyTypes& types, size_t column, bool range,
                                    size_t bound_at);
  void partition_clauses(model::Table& t, PgQuery__CreateStmt* s);
  void attach_partition(const model::QName& parent, PgQuery__PartitionCmd* cmd);
  void detach_partition(const model::QName& parent, PgQuery__PartitionCmd* cmd);
  void refuse_partition_change(const model::Table& t, const char* what) const;
  void refuse_detached() const;
  bool in_partition_key(const model::Table& t, const std::string& column) const;
  void check_partition_unique_keys(const model::Table& t) const;

  // inheritance (interpreter_inheritance.cpp)
  const model::Column* any_column(const model::Table& t, const std::string& name) const;
  std::vector<model::Column> all_columns(const model::Table& t) const;
  std::vector<model::Constraint> all_checks(const model::Table& t) const;
  const model::Table& parent_table(const model::QName& name);
  void inherit_clauses(model::Table& t, PgQuery__CreateStmt* s);
  void add_inherit(model::Table& t, PgQuery__RangeVar* rv);
  void drop_inherit(model::Table& t, PgQuery__RangeVar* rv);

  // storage parameters (interpreter_storage.cpp)
  std::vector<std::string> storage_parameters(PgQuery__Node** options, size_t n, bool partitioned);
  void set_storage_parameters(std::vector<std::string>& params, PgQuery__Node** options, size_t n, bool partitioned);
  void check_toast_parameters(const std::vector<std::string>& params, const model::Table* t) const;
  void reset_storage_parameters(std::vector<std::string>& params, PgQuery__Node** options, size_t n);
  void alter_index(PgQuery__AlterTableStmt* s);

  // tables
  void add_column(model::Table& t, PgQuery__ColumnDef* def, std::vector<PgQuery__Constraint*>& constraints);
  void serial_sequence(const model::Table& t, model::Column& c, const std::string& serial);  // parts of add_column
  void identity_options(model::Column& c, PgQuery__Constraint* k, PgQuery__ColumnDef* def);
  void constrain_column(PgQuery__Constraint* k, const std::string& column);
  void add_constraint(model::Table& t, PgQuery__Constraint* c);
  std::string unnamed_constraint_name(const model::Table& t, const model::Constraint& k,
                                      PgQuery__Constraint* c);  // parts of add_constraint
  void reference_primary_key(PgQuery__Constraint* c, const model::QName& references);
  void alter_column_type(model::Table& t, PgQuery__AlterTableCmd* cmd);
  // The constraint as PostgreSQL prints it ("CHECK (…)") and its canonical form.
  model::Expr constraint_definition(PgQuery__Constraint* c, pgsql::Arena& arena);
  model::Expr with_referenced_columns(const std::string& definition, const std::vector<std::string>& columns);
  std::string check_name(const model::Table& t, PgQuery__Constraint* c);

  // lookups
  model::QName qname(const PgQuery__RangeVar* rv) const;
  model::QName qname(const std::vector<std::string>& names) const;
  model::Table& table(const model::QName& n);
  bool relation_taken(const std::string& schema, const std::string& name) const;
  bool constraint_taken(const std::string& schema, const std::string& name) const;
  void claim_relation(const std::string& schema, const std::string& name);
  std::string expr_text(PgQuery__Node* expr);
  std::string renamed_from_hint(size_t offset) const;
  SourcePos pos_at(size_t offset) const;
  [[noreturn]] void fail(const std::string& message) const;
  [[noreturn]] void fail_at(size_t offset, const std::string& message) const;

  Source source_;
  model::Schema schema_;
  std::map<model::QName, size_t> tables_;
  std::set<std::pair<std::string, std::string>> relations_;
  std::set<std::pair<std::string, std::string>> constraint_names_;  // (schema, name), may hold dropped ones
  std::vector<PendingForeignKey> pending_fks_;
  std::set<model::QName> inherits_default_;                        // desired-state domains declared without DEFAULT
  std::map<model::QName, std::vector<std::string>> view_columns_;  // output columns, for name resolution
  std::map<model::QName, SourcePos> detached_;  // DETACH PARTITION left them copies of their parent's objects
  // Where a column's type is written, for the rare error about it: a file and
  // offset, made a SourcePos only then (one per column of a large schema).
  struct TypeAt {
    const SqlFile* file;
    size_t offset;
  };
  std::map<std::pair<model::QName, std::string>, TypeAt> type_pos_;
  std::map<std::pair<model::QName, std::string>, SourcePos> unresolved_at_;  // (view, message) → where the name is
  pgsql::Arena* arena_ = nullptr;                                            // holds the statement being applied
  const SqlFile* file_ = nullptr;
  std::unique_ptr<LineIndex> lines_;  // positions in the current file
  size_t statement_offset_ = 0;
  size_t statement_base_ = 0;  // node locations are relative to this offset
  size_t loc(int32_t location) const { return statement_base_ + size_t(location < 0 ? 0 : location); }
};

}  // namespace shale::load::pg_sql
