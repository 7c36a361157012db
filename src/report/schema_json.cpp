#include "report/schema_json.hpp"

#include <nlohmann/json.hpp>

#include "model/privileges.hpp"

namespace shale::report {

namespace {
using nlohmann::json;

json expr(const model::Expr& e) { return e.empty() ? json(nullptr) : json(e.text); }
// SQLite names have no schema.
std::string qualified(const model::QName& n) { return n.schema.empty() ? n.name : n.schema + "." + n.name; }

const char* constraint_kind(model::ConstraintKind k) {
  switch (k) {
    case model::ConstraintKind::primary_key: return "primary_key";
    case model::ConstraintKind::unique: return "unique";
    case model::ConstraintKind::check: return "check";
    case model::ConstraintKind::foreign_key: return "foreign_key";
    case model::ConstraintKind::exclusion: return "exclusion";
  }
  return "unknown";
}
}  // namespace

std::string schema_json(const model::Schema& s) {
  json out;
  out["schemas"] = s.schemas;
  out["extensions"] = json::array();
  for (const auto& e : s.extensions) {
    out["extensions"].push_back({{"name", e.name}, {"schema", e.schema}});
    if (!e.version.empty())
      out["extensions"].back()["version"] = e.version;  // when named (a live database always does)
  }
  out["enums"] = json::array();
  for (const auto& e : s.enums)
    out["enums"].push_back({{"name", qualified(e.name)}, {"values", e.values}, {"comment", e.comment}});
  // Only when there are some, so that schemas without domains print as before.
  for (const auto& d : s.domains) {
    json checks = json::array();
    for (const auto& k : d.checks) {
      checks.push_back({{"name", k.name}, {"definition", k.definition.text}});
      if (!k.valid) checks.back()["valid"] = false;
    }
    out["domains"].push_back({{"name", qualified(d.name)},
                              {"base_type", d.base_type},
                              {"collation", d.collation.empty() ? json(nullptr) : json(d.collation)},
                              {"default", expr(d.default_value)},
                              {"not_null", d.not_null},
                              {"checks", checks},
                              {"comment", d.comment}});
  }
  for (const auto& c : s.composite_types) {  // as domains: only when there are some
    json attributes = json::array();
    for (const auto& a : c.attributes)
      attributes.push_back(
          {{"name", a.name}, {"type", a.type}, {"collation", a.collation.empty() ? json(nullptr) : json(a.collation)}});
    out["composite_types"].push_back({{"name", qualified(c.name)}, {"attributes", attributes}, {"comment", c.comment}});
  }
  for (const auto& r : s.range_types) {  // as domains: only when there are some
    auto opt = [](const std::string& v) { return v.empty() ? json(nullptr) : json(v); };
    out["range_types"].push_back({{"name", qualified(r.name)},
                                  {"subtype", r.subtype},
                                  {"subtype_opclass", opt(r.subtype_opclass)},
                                  {"collation", opt(r.collation)},
                                  {"canonical", opt(r.canonical)},
                                  {"subtype_diff", opt(r.subtype_diff)},
                                  {"multirange_type_name", opt(r.multirange_name)},
                                  {"comment", r.comment}});
  }
  for (const auto& c : s.collations) {  // as domains: only when there are some
    json collation = {{"name", qualified(c.name)},
                      {"provider", c.provider},
                      {"deterministic", c.deterministic},
                      {"comment", c.comment}};
    if (c.provider == "icu")
      collation["locale"] = c.icu_locale;
    else
      collation["lc_collate"] = c.lc_collate, collation["lc_ctype"] = c.lc_ctype;
    out["collations"].push_back(collation);
  }
  for (const auto& q : s.sequences)
    out["sequences"].push_back(
        {{"name", qualified(q.name)},
         {"type", q.options.type},
         {"start", q.options.start},
         {"increment", q.options.increment},
         {"min", q.options.min},
         {"max", q.options.max},
         {"cache", q.options.cache},
         {"cycle", q.options.cycle},
         {"owned_by", q.owned_by_table.empty() ? json(nullptr) : json(q.owned_by_table + "." + q.owned_by_column)}});
  out["tables"] = json::array();
  for (const auto& t : s.tables) {
    json cols = json::array(), cons = json::array();
    for (const auto& c : t.columns)
      cols.push_back(
          {{"name", c.name},
           {"type", c.type},
           {"not_null", c.not_null},
           {"default", expr(c.default_value)},
           {"identity", c.identity ? json(c.identity == 'a' ? "always" : "by default") : json(nullptr)},
           {"generated", expr(c.generated)},
           {"generated_kind", c.generated.empty() ? json(nullptr) : json(c.generated_virtual ? "virtual" : "stored")},
           {"collation", c.collation.empty() ? json(nullptr) : json(c.collation)},
           {"comment", c.comment}});
    for (const auto& k : t.constraints) {
      cons.push_back({{"name", k.name},
                      {"kind", constraint_kind(k.kind)},
                      {"definition", k.definition.text},
                      {"columns", k.columns}});
      if (!k.valid) cons.back()["valid"] = false;  // NOT VALID
    }
    json table = {{"name", qualified(t.name)}, {"columns", cols}, {"constraints", cons}, {"comment", t.comment}};
    if (t.unlogged) table["unlogged"] = true;
    if (!t.storage_parameters.empty()) table["storage_parameters"] = t.storage_parameters;
    if (!t.inherits.empty()) {
      table["inherits"] = json::array();
      for (const auto& p : t.inherits) table["inherits"].push_back(qualified(p));
    }
    if (!t.partition_by.empty()) table["partition_by"] = t.partition_by.text;
    if (t.is_partition()) {
      table["partition_of"] = qualified(t.partition_of);
      table["partition_bound"] = t.partition_bound.text;
    }
    if (t.row_security || t.force_row_security)
      table["row_security"] = {{"enabled", t.row_security}, {"forced", t.force_row_security}};
    if (t.name.schema.empty())  // SQLite table options
      table["options"] = {{"without_rowid", t.without_rowid}, {"strict", t.strict}, {"autoincrement", t.autoincrement}};
    out["tables"].push_back(table);
  }
  out["indexes"] = json::array();
  for (const auto& i : s.indexes) {
    out["indexes"].push_back({{"name", qualified(i.name)},
                              {"table", qualified(i.table)},
                              {"unique", i.unique},
                              {"definition", i.definition.text}});
    if (!i.valid) out["indexes"].back()["valid"] = false;  // left by a failed CREATE INDEX CONCURRENTLY
  }
  out["views"] = json::array();
  for (const auto& v : s.views) {
    out["views"].push_back({{"name", qualified(v.name)}, {"materialized", v.materialized}, {"query", v.query.text}});
    json& view = out["views"].back();
    if (!v.options.empty()) view["options"] = v.options;
    if (!v.with_data) view["with_data"] = false;  // created WITH NO DATA, and not populated since
    if (!v.comment.empty()) view["comment"] = v.comment;
    if (!v.column_comments.empty()) view["column_comments"] = v.column_comments;
    if (!v.storage_parameters.empty()) view["storage_parameters"] = v.storage_parameters;
  }
  out["functions"] = json::array();
  for (const auto& f : s.functions)
    out["functions"].push_back(
        {{"name", qualified(f.name)}, {"arguments", f.identity_args}, {"definition", f.definition.text}});
  out["triggers"] = json::array();
  for (const auto& t : s.triggers)
    out["triggers"].push_back({{"name", t.name}, {"table", qualified(t.table)}, {"definition", t.definition.text}});
  out["policies"] = json::array();
  for (const auto& p : s.policies)
    out["policies"].push_back({{"name", p.name},
                               {"table", qualified(p.table)},
                               {"permissive", p.permissive},
                               {"command", p.command},
                               {"roles", p.roles},
                               {"using", expr(p.using_expr)},
                               {"with_check", expr(p.check_expr)},
                               {"comment", p.comment}});
  // As domains: only when there are some. Each is one privilege where it
  // differs from PostgreSQL's defaults ("revoked": a default taken away).
  model::each_privileges(s, [&](const model::GrantObject& o, const model::Privileges& ps) {
    for (const auto& p : ps) {
      json entry = {{"on", model::grant_noun(o.cls)}};
      if (o.cls == model::GrantClass::defaults) {
        entry["role"] = o.name.name;
        entry["schema"] = o.name.schema.empty() ? json(nullptr) : json(o.name.schema);
        entry["objects"] = o.objects;
      } else {
        entry["object"] = o.cls == model::GrantClass::schema ? o.name.name : qualified(o.name) + o.args;
        if (!o.column.empty()) entry["column"] = o.column;
      }
      entry.update(
          {{"grantee", p.grantee}, {"privilege", p.privilege}, {"grant_option", p.grantable}, {"revoked", p.revoked}});
      out["privileges"].push_back(entry);
    }
  });
  return out.dump(2);
}

}  // namespace shale::report
