#include "diff/rename_projection.hpp"

#include "pgsql/canonical.hpp"

namespace shale::diff {

using pgsql::Renaming;

RenameProjection::RenameProjection(const Renames& renames) {
  for (const auto& [target, source] : renames.tables)
    if (source != target) steps_.push_back(Renaming{Renaming::Kind::relation, source, "", target.name});
  for (const auto& [key, source_column] : renames.columns)
    if (source_column != key.second)
      steps_.push_back(Renaming{Renaming::Kind::column, key.first, source_column, key.second});
}

model::QName RenameProjection::after(const model::QName& table) const {
  for (const auto& s : steps_)
    if (s.kind == Renaming::Kind::relation && s.target == table) return model::QName{table.schema, s.new_name};
  return table;
}

model::Expr RenameProjection::query(const model::Expr& q) const {
  std::string text = q.text;
  for (const auto& s : steps_) text = pgsql::rename_in_query(text, s);
  return text == q.text ? q : model::Expr{text, pgsql::canonical_query(text)};
}

model::Expr RenameProjection::constraint(const model::Expr& definition, const model::QName& table) const {
  std::string text = definition.text;
  for (const auto& s : steps_)
    text = pgsql::rename_in_constraint(text, s, s.kind == Renaming::Kind::column ? after(table) : table);
  if (text == definition.text) return definition;
  return model::Expr{text, pgsql::canonical_statement("ALTER TABLE x ADD CONSTRAINT n " + text)};
}

model::Expr RenameProjection::statement(const model::Expr& create_sql, const model::QName& table) const {
  std::string text = create_sql.text;
  for (const auto& s : steps_)
    text = pgsql::rename_in_statement(text, s, s.kind == Renaming::Kind::column ? after(table) : table);
  return text == create_sql.text ? create_sql : model::Expr{text, pgsql::canonical_statement(text)};
}

model::Expr RenameProjection::policy_expression(const model::Expr& expr, const model::QName& table) const {
  if (expr.empty()) return expr;
  std::string text = expr.text;
  for (const auto& s : steps_)
    text = pgsql::rename_in_expression(text, s, s.kind == Renaming::Kind::column ? after(table) : table);
  return text == expr.text ? expr : model::Expr{text, pgsql::canonical_policy_expression(text, after(table).name)};
}

}  // namespace shale::diff
