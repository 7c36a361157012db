#include "pgsql/objects.hpp"

#include "pgsql/canonical.hpp"
#include "pgsql/parse_tree.hpp"
#include "pgsql/type_names.hpp"

namespace shale::pgsql {

model::Function describe_function(const std::string& sql) {
  auto parsed = ParsedSql::parse(sql, "<function>");
  if (parsed->statements().size() != 1 ||
      parsed->statements()[0].node->node_case != PG_QUERY__NODE__NODE_CREATE_FUNCTION_STMT)
    throw std::invalid_argument("not a CREATE FUNCTION statement: " + sql);
  PgQuery__CreateFunctionStmt* s = parsed->statements()[0].node->create_function_stmt;
  model::Function f;
  auto names = string_list(s->funcname, s->n_funcname);
  f.name.name = names.back();
  if (names.size() == 2) f.name.schema = names[0];
  f.identity_args = "(";
  bool first = true;
  for (size_t i = 0; i < s->n_parameters; ++i) {
    PgQuery__FunctionParameter* p = s->parameters[i]->function_parameter;
    if (p->mode == PG_QUERY__FUNCTION_PARAMETER_MODE__FUNC_PARAM_OUT ||
        p->mode == PG_QUERY__FUNCTION_PARAMETER_MODE__FUNC_PARAM_TABLE)
      continue;
    f.identity_args += (first ? "" : ", ") + canonical_type(p->arg_type, "public");
    first = false;
  }
  f.identity_args += ")";
  f.is_procedure = s->is_procedure;
  if (s->return_type) {
    f.returns = canonical_type(s->return_type, "public");
    if (s->return_type->setof) f.returns = "SETOF " + f.returns;
    // RETURNS TABLE (…) is RETURNS SETOF record with TABLE parameters.
    for (size_t i = 0; i < s->n_parameters; ++i)
      if (s->parameters[i]->function_parameter->mode == PG_QUERY__FUNCTION_PARAMETER_MODE__FUNC_PARAM_TABLE ||
          s->parameters[i]->function_parameter->mode == PG_QUERY__FUNCTION_PARAMETER_MODE__FUNC_PARAM_OUT)
        f.returns += " " + canonical_type(s->parameters[i]->function_parameter->arg_type, "public");
  }
  f.definition = model::Expr{sql, canonical_statement(sql)};
  return f;
}

std::string identity_args(const PgQuery__ObjectWithArgs* function) {
  if (function->args_unspecified) return "";
  std::string args = "(";
  for (size_t i = 0; i < function->n_objargs; ++i)
    args += (i ? ", " : "") + canonical_type(function->objargs[i]->type_name, "public");
  return args + ")";
}

}  // namespace shale::pgsql
