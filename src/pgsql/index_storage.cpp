#include "pgsql/index_storage.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <stdexcept>

#include "pgsql/canonical.hpp"
#include "pgsql/quote.hpp"
#include "util/error.hpp"

namespace shale::pgsql {

std::string reloption_value(const PgQuery__DefElem* d) {
  if (!d->arg) return "true";
  switch (d->arg->node_case) {
    case PG_QUERY__NODE__NODE_INTEGER: return std::to_string(d->arg->integer->ival);
    case PG_QUERY__NODE__NODE_FLOAT: return d->arg->float_->fval;
    case PG_QUERY__NODE__NODE_BOOLEAN: return d->arg->boolean->boolval ? "true" : "false";
    case PG_QUERY__NODE__NODE_STRING: return d->arg->string->sval;
    case PG_QUERY__NODE__NODE_TYPE_NAME: return string_value(d->arg->type_name->names[d->arg->type_name->n_names - 1]);
    default: throw UserError(std::string("invalid value for parameter \"") + d->defname + "\"");
  }
}

namespace {
// The CREATE INDEX of `definition`, for `visit` (the tree lives during the call).
void with_index_stmt(const std::string& definition,
                     const std::function<void(PgQuery__Node*, PgQuery__IndexStmt*)>& visit) {
  bool seen = false;
  ParsedSql::each_statement(definition, "<index definition>", [&](const Statement& st, Arena&) {
    if (seen || st.node->node_case != PG_QUERY__NODE__NODE_INDEX_STMT)
      throw std::invalid_argument("not one CREATE INDEX");
    seen = true;
    visit(st.node, st.node->index_stmt);
  });
  if (!seen) throw std::invalid_argument("not one CREATE INDEX");
}
}  // namespace

IndexStorage split_index_storage(const std::string& definition) {
  IndexStorage out;
  with_index_stmt(definition, [&](PgQuery__Node* node, PgQuery__IndexStmt* s) {
    for (size_t i = 0; i < s->n_options; ++i) {
      const PgQuery__DefElem* d = s->options[i]->def_elem;
      out.parameters.push_back(std::string(d->defname) + "=" + reloption_value(d));
    }
    std::sort(out.parameters.begin(), out.parameters.end());
    s->n_options = 0;
    s->options = nullptr;
    out.canonical_rest = canonical_statement(deparse(node));
  });
  return out;
}

std::string with_index_storage(const std::string& definition, const std::vector<std::string>& parameters) {
  std::string out;
  with_index_stmt(definition, [&](PgQuery__Node* node, PgQuery__IndexStmt* s) {
    s->n_options = 0;
    s->options = nullptr;
    if (parameters.empty()) {
      out = deparse(node);
      return;
    }
    // The DefElems of a statement that has them, grafted on while both trees live.
    std::string list;
    for (const auto& p : parameters) {
      size_t eq = p.find('=');
      std::string value = p.substr(eq + 1);
      list += (list.empty() ? "" : ", ") + p.substr(0, eq) + "=" +
              (quote_ident(value) == value ? value : quote_literal(value));
    }
    with_index_stmt("CREATE INDEX i ON t (c) WITH (" + list + ")", [&](PgQuery__Node*, PgQuery__IndexStmt* with) {
      s->n_options = with->n_options;
      s->options = with->options;
      out = deparse(node);
      s->n_options = 0;
      s->options = nullptr;
    });
  });
  return out;
}

std::string index_method(const std::string& definition) {
  std::string method;
  with_index_stmt(definition, [&](PgQuery__Node*, PgQuery__IndexStmt* s) {
    method = s->access_method && *s->access_method ? s->access_method : "btree";
  });
  return method;
}

bool index_parameter_known(const std::string& method, const std::string& name) {
  static const std::map<std::string, std::set<std::string>> known = {{"btree", {"fillfactor", "deduplicate_items"}},
                                                                     {"hash", {"fillfactor"}},
                                                                     {"gist", {"fillfactor", "buffering"}},
                                                                     {"spgist", {"fillfactor"}},
                                                                     {"gin", {"fastupdate", "gin_pending_list_limit"}},
                                                                     {"brin", {"pages_per_range", "autosummarize"}}};
  auto m = known.find(method);
  return m != known.end() && m->second.count(name);
}

}  // namespace shale::pgsql
