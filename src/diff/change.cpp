#include "diff/change.hpp"

#include <algorithm>
#include <stdexcept>

namespace shale::diff {

const char* hazard_id(Hazard h) {
  switch (h) {
    case Hazard::deletes_data: return "deletes-data";
    case Hazard::table_rewrite: return "table-rewrite";
    case Hazard::blocks_writes: return "blocks-writes";
    case Hazard::blocks_reads: return "blocks-reads";
    case Hazard::may_fail: return "may-fail-on-existing-data";
    case Hazard::revokes_access: return "revokes-access";
  }
  return "unknown";
}

const char* hazard_message(Hazard h) {
  switch (h) {
    case Hazard::deletes_data: return "rows or values are deleted; the down migration cannot bring them back";
    case Hazard::table_rewrite: return "every row is rewritten, under a lock, in time proportional to the table";
    case Hazard::blocks_writes: return "writes to the table wait until the statement ends";
    case Hazard::blocks_reads: return "reads and writes of the table wait until the statement ends";
    case Hazard::may_fail: return "fails if rows already in the table break the new rule";
    case Hazard::revokes_access: return "a role loses a privilege it holds now; its sessions get permission denied";
  }
  return "unknown";
}

CommentTarget view_comment_target(const model::View& v) {
  return {v.materialized ? "MATERIALIZED VIEW" : "VIEW", v.name, ""};
}

std::vector<std::string> hazard_ids(const std::vector<Hazard>& hazards) {
  std::vector<std::string> out;
  for (Hazard h : hazards) out.push_back(hazard_id(h));
  return out;
}

bool Change::has(Hazard h) const { return std::find(hazards.begin(), hazards.end(), h) != hazards.end(); }

namespace {

template <class T>
bool is(const Payload& p) {
  return std::holds_alternative<T>(p);
}

}  // namespace

bool payload_fits(ChangeKind kind, const Payload& p) {
  switch (kind) {
    case ChangeKind::create_schema:
    case ChangeKind::drop_schema: return is<SchemaName>(p);
    case ChangeKind::create_extension:
    case ChangeKind::drop_extension: return is<ExtensionRef>(p);
    case ChangeKind::create_enum:
    case ChangeKind::drop_enum: return is<EnumRef>(p);
    case ChangeKind::add_enum_value: return is<EnumValueAdd>(p);
    case ChangeKind::rebuild_enum: return is<EnumRebuild>(p);
    case ChangeKind::create_domain:
    case ChangeKind::drop_domain: return is<DomainRef>(p);
    case ChangeKind::alter_domain: return is<DomainAlter>(p);
    case ChangeKind::create_composite_type:
    case ChangeKind::drop_composite_type: return is<CompositeRef>(p);
    case ChangeKind::alter_composite_type: return is<CompositeAlter>(p);
    case ChangeKind::create_range_type:
    case ChangeKind::drop_range_type: return is<RangeRef>(p);
    case ChangeKind::create_collation:
    case ChangeKind::drop_collation: return is<CollationRef>(p);
    case ChangeKind::update_extension: return is<ExtensionUpdate>(p);
    case ChangeKind::create_sequence:
    case ChangeKind::drop_sequence:
    case ChangeKind::set_sequence_owner: return is<SequenceRef>(p);
    case ChangeKind::alter_sequence: return is<SequenceAlter>(p);
    case ChangeKind::create_function:
    case ChangeKind::replace_function:
    case ChangeKind::drop_function: return is<FunctionRef>(p);
    case ChangeKind::create_table:
    case ChangeKind::drop_table: return is<TableRef>(p);
    case ChangeKind::rename_table: return is<TableRename>(p);
    case ChangeKind::rebuild_table: return is<TableRebuild>(p);
    case ChangeKind::add_column: return is<ColumnAdd>(p);
    case ChangeKind::drop_column: return is<ColumnDrop>(p);
    case ChangeKind::rename_column:
    case ChangeKind::alter_column: return is<ColumnChange>(p);
    case ChangeKind::add_constraint:
    case ChangeKind::drop_constraint: return is<ConstraintRef>(p);
    case ChangeKind::rename_constraint: return is<ConstraintRename>(p);
    case ChangeKind::create_index:
    case ChangeKind::drop_index:
    case ChangeKind::create_index_concurrently:
    case ChangeKind::drop_index_concurrently: return is<IndexRef>(p);
    case ChangeKind::build_constraint_index:
    case ChangeKind::add_constraint_using_index:
    case ChangeKind::add_constraint_not_valid:
    case ChangeKind::validate_constraint: return is<ConstraintRef>(p);
    case ChangeKind::add_not_null_check:
    case ChangeKind::set_not_null_checked: return is<ColumnChange>(p);
    case ChangeKind::create_view:
    case ChangeKind::replace_view:
    case ChangeKind::drop_view:
    case ChangeKind::refresh_materialized_view: return is<ViewRef>(p);
    case ChangeKind::alter_view_options: return is<ViewAlter>(p);
    case ChangeKind::create_trigger:
    case ChangeKind::drop_trigger: return is<TriggerRef>(p);
    case ChangeKind::set_comment: return is<Comment>(p);
    case ChangeKind::detach_partition:
    case ChangeKind::attach_partition: return is<TableRef>(p);
    case ChangeKind::add_inherit:
    case ChangeKind::drop_inherit: return is<InheritChange>(p);
    case ChangeKind::set_logged: return is<TableRef>(p);
    case ChangeKind::set_storage_parameters: return is<StorageParameters>(p);
    case ChangeKind::set_row_security: return is<RowSecurity>(p);
    case ChangeKind::create_policy:
    case ChangeKind::drop_policy: return is<PolicyRef>(p);
    case ChangeKind::alter_policy: return is<PolicyAlter>(p);
    case ChangeKind::grant_privileges:
    case ChangeKind::revoke_privileges: return is<PrivilegeChange>(p);
    case ChangeKind::set_owner: return is<OwnerChange>(p);
  }
  return false;
}

bool outside_transaction(ChangeKind kind) {
  return kind == ChangeKind::create_index_concurrently || kind == ChangeKind::drop_index_concurrently ||
         kind == ChangeKind::build_constraint_index;
}

bool after_commit(ChangeKind kind) {
  return kind == ChangeKind::validate_constraint || kind == ChangeKind::set_not_null_checked;
}

std::string not_null_check_name(const model::QName& table, const std::string& column) {
  std::string name = table.name + "_" + column + "_not_null";
  if (name.size() > 63) name = name.substr(0, 63);
  return name;
}

Change& append_change(std::vector<Change>& out, ChangeKind kind, int phase, model::QName table, Payload payload,
                      std::vector<Hazard> hazards) {
  if (!payload_fits(kind, payload)) throw std::logic_error("a change got the payload of another kind");
  out.push_back(Change{kind, phase, std::move(table), std::move(payload), std::move(hazards)});
  return out.back();
}

}  // namespace shale::diff
