// Canonical forms of SQL definitions, for comparison only.
//
// PostgreSQL stores expressions analysed and prints them back with casts and
// rewrites the user never wrote (see docs/comparison.md, "Canonical forms"). Both sides
// are therefore parsed with libpg_query, rewritten to one normal form, and
// deparsed. The normal form undoes what PostgreSQL adds on storage:
//   - casts of literals and of literal arrays ('a'::character varying → 'a');
//   - implicit casts of columns and of CURRENT_USER & co. ((s)::text → s);
//   - x IN (a, b) ⇄ x = ANY (ARRAY[a, b]) (and NOT IN ⇄ <> ALL);
//   - quoted numbers ('-1'::integer → -1);
//   - qualification with public / pg_catalog (the default search_path);
//   - the schema inside nextval('public.seq'::regclass);
//   - ASC, default NULLS ordering and the btree default in index definitions.
// The result is never executed; render uses the original text.
#pragma once
#include <string>

#include "pgsql/parse_tree.hpp"

namespace shale::pgsql {

// Rewrites the tree in place to the normal form above.
void normalize(PgQuery__Node* node, Arena& arena);

// Canonical form of SQL statements, for equality only (opaque bytes). Throws
// std::invalid_argument if it does not parse.
std::string canonical_statement(const std::string& sql);

// canonical_statement(sql) for `sql`, libpg_query's deparse of `stmt`,
// computed from the tree rather than by parsing `sql` again (a parse was a
// seventh of a large plan). libpg_query's deparser round-trips what its
// parser builds (its tests parse the deparsed text back and compare the
// trees), so the two agree; with check_tree_canonical_forms(true) every call
// also computes canonical_statement(sql) and throws std::logic_error when
// they differ (the tests turn it on over the case corpus). `stmt` is not
// changed.
std::string canonical_tree(const PgQuery__Node* stmt, const std::string& sql);
void check_tree_canonical_forms(bool on);

// Canonical form of a scalar expression.
std::string canonical_expression(const std::string& expr);
// A column default's canonical form. A bare literal takes the column's type,
// so on an interval column '1 year 2 months' is stored as
// '1 year 2 mons'::interval and compared so.
std::string canonical_default(const std::string& expr, const std::string& column_type);

// Canonical form of a policy's USING or WITH CHECK expression on `table`
// (its name, unqualified): as canonical_expression, and columns qualified with
// the table's name unqualified, as pg_get_expr qualifies the table's columns
// in a subquery and a policy's author may not.
std::string canonical_policy_expression(const std::string& expr, const std::string& table);

// Canonical form of a view's query; column references qualified with the
// only table in FROM are unqualified, as pg_get_viewdef qualifies them.
std::string canonical_query(const std::string& query);

}  // namespace shale::pgsql
