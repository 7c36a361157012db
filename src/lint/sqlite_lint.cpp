#include "lint/sqlite_lint.hpp"

#include <algorithm>
#include <map>

#include "diff/sqlite_diff.hpp"
#include "lint/context.hpp"
#include "lint/registry.hpp"
#include "lint/replay_walk.hpp"
#include "migrate/directory.hpp"
#include "sqlite/affinity.hpp"
#include "sqlite/fk_envelope.hpp"
#include "sqlite/tokens.hpp"

namespace shale::lint {

using sqlite::Token;

namespace {

struct SqliteStatement {
  std::string sql;
  std::vector<Token> tokens;  // views into `sql`: do not move a statement after tokenizing it
  size_t offset;              // in the file
};

// The file's statements, and which of its tables are a rebuild: a table
// created in the file, filled, and renamed over an existing one.
struct FileFacts {
  std::vector<SqliteStatement> statements;
  std::set<std::string> created;                // lower-case names created in the file
  std::map<std::string, std::string> temp_for;  // temporary table → the table it rebuilds
};

bool at(const std::vector<Token>& t, size_t i, const char* kw) { return i < t.size() && t[i].is(kw); }

// Index of the table name after CREATE TABLE [IF NOT EXISTS].
size_t created_name_at(const std::vector<Token>& t) {
  if (!at(t, 0, "CREATE")) return 0;
  if (at(t, 1, "TABLE")) return at(t, 2, "IF") ? 5 : 2;
  return 0;
}

FileFacts read_facts(const std::string& text) {
  FileFacts f;
  for (const auto& st : sqlite::migration_statements(text))
    f.statements.push_back(SqliteStatement{text.substr(st.offset, st.length), {}, st.offset});
  // Tokens are views into their statement's string: made only once the
  // strings stay where they are (moving a short string moves its bytes, and
  // views into the old place would dangle — "COMMIT" is that short).
  for (auto& s : f.statements) s.tokens = sqlite::significant_tokens(s.sql);
  for (const auto& s : f.statements) {
    const auto& t = s.tokens;
    if (size_t n = created_name_at(t); n && n < t.size()) f.created.insert(sqlite::fold_case(t[n].ident()));
    // ALTER TABLE tmp RENAME TO target, tmp created in this file.
    if (t.size() >= 6 && at(t, 0, "ALTER") && at(t, 1, "TABLE") && at(t, 3, "RENAME") && at(t, 4, "TO") &&
        f.created.count(sqlite::fold_case(t[2].ident())))
      f.temp_for[sqlite::fold_case(t[2].ident())] = sqlite::fold_case(t[5].ident());
  }
  return f;
}

bool mentions(const std::vector<Token>& t, const char* a, const char* b) {
  for (size_t i = 0; i + 1 < t.size(); ++i)
    if (t[i].is(a) && t[i + 1].is(b)) return true;
  return false;
}

void check_statement(const SqliteStatement& s, const FileFacts& f, const FileState& state, Report& report) {
  const auto& t = s.tokens;
  auto is_new = [&](const Token& name) { return state.is_new({"", sqlite::fold_case(name.ident())}); };
  auto rebuilt = [&](const std::string& name) {
    for (const auto& [temp, target] : f.temp_for)
      if (target == name) return true;
    return false;
  };
  if (at(t, 0, "DROP") && at(t, 1, "TABLE")) {
    size_t n = at(t, 2, "IF") ? 4 : 2;
    if (n < t.size() && !is_new(t[n]) && !rebuilt(sqlite::fold_case(t[n].ident())))
      report.add("drop-table", "drops " + state.describe({"", t[n].ident()}) +
                                   " and its rows; stop using it first and drop it in a later migration");
  } else if (at(t, 0, "ALTER") && at(t, 1, "TABLE") && t.size() > 4) {
    const Token& table = t[2];
    if (at(t, 3, "DROP") && !is_new(table)) {
      size_t c = at(t, 4, "COLUMN") ? 5 : 4;
      if (c < t.size())
        report.add("drop-column", "drops column " + t[c].ident() + " of " + state.describe({"", table.ident()}) +
                                      " and its data; stop reading it first, drop it in a later migration");
    } else if (at(t, 3, "RENAME") && at(t, 4, "TO")) {
      if (!f.temp_for.count(sqlite::fold_case(table.ident())) && !is_new(table) && t.size() > 5)
        report.add("rename-table",
                   "renames table " + table.ident() + " to " + t[5].ident() +
                       "; running code still uses the old name — create a view with the old name while readers move");
    } else if (at(t, 3, "RENAME") && !is_new(table)) {
      size_t c = at(t, 4, "COLUMN") ? 5 : 4;
      if (c + 2 < t.size())
        report.add("rename-column",
                   "renames column " + t[c].ident() + " of " + table.ident() + " to " + t[c + 2].ident() +
                       "; running code still uses the old name — add the new column and keep both in sync");
    } else if (at(t, 3, "ADD")) {
      bool not_null = mentions(t, "NOT", "NULL");
      bool has_default = std::any_of(t.begin(), t.end(), [](const Token& k) { return k.is("DEFAULT"); });
      if (not_null && !has_default)
        report.add("add-required-column",
                   "adds a NOT NULL column without a default, which SQLite refuses on a table with rows;"
                   " give it a default or add it nullable and backfill");
      if (mentions(t, "DELETE", "CASCADE"))
        report.add("cascade-delete",
                   "ON DELETE CASCADE deletes child rows silently; delete dependants explicitly or use RESTRICT");
    }
  } else if (size_t n = created_name_at(t); n && n < t.size()) {
    std::string name = sqlite::fold_case(t[n].ident());
    auto temp = f.temp_for.find(name);
    if (temp != f.temp_for.end() && !state.is_new({"", temp->second})) {
      report.add("sqlite-table-rebuild",
                 "rebuilds " + state.describe({"", temp->second}) +
                     ": every row is copied while the database is locked for writes; keep the"
                     " migration to this table and run it when a pause in writes is acceptable");
    } else if (temp == f.temp_for.end() && mentions(t, "DELETE", "CASCADE")) {
      report.add("cascade-delete",
                 "ON DELETE CASCADE deletes child rows silently; delete dependants explicitly or use RESTRICT");
    }
  } else if (at(t, 0, "CREATE") && at(t, 1, "UNIQUE") && at(t, 2, "INDEX")) {
    auto on = std::find_if(t.begin(), t.end(), [](const Token& k) { return k.is("ON"); });
    // On a table rebuilt in this file the index is put back after the copy:
    // rebuild_changes() reports it when it is new.
    if (on != t.end() && on + 1 != t.end() && !is_new(*(on + 1)) && !rebuilt(sqlite::fold_case((on + 1)->ident())))
      report.add("add-unique-constraint",
                 "a unique index on " + state.describe({"", (on + 1)->ident()}) +
                     " fails if rows already repeat the key; find and fix duplicates in an earlier migration");
  } else if (at(t, 0, "INSERT") || at(t, 0, "UPDATE") || at(t, 0, "DELETE") || at(t, 0, "REPLACE")) {
    size_t target = at(t, 1, "OR") ? 4 : 2;
    bool rebuild_copy =
        at(t, 0, "INSERT") && target < t.size() && f.temp_for.count(sqlite::fold_case(t[target].ident()));
    // A rebuild carries an AUTOINCREMENT table's counter over to the new table.
    bool rebuild_counter = !f.temp_for.empty() && target < t.size() && (at(t, 0, "INSERT") || at(t, 0, "DELETE")) &&
                           sqlite::fold_case(t[target].ident()) == "sqlite_sequence";
    if (rebuild_counter) rebuild_copy = true;
    if (!rebuild_copy)
      report.add("data-in-schema-migration",
                 "changes rows in a schema migration; move data changes to a seed or a separate"
                 " data migration run in batches");
  }
}

// SQLite findings say what to do on SQLite (no CONCURRENTLY, no SET NOT NULL).
void with_sqlite_advice(std::vector<Finding>& findings) {
  for (auto& f : findings)
    if (const Rule* r = find_rule(f.rule))
      if (const char* advice = sqlite_summary(*r)) f.instead = advice;
}

// A unique index on a rebuilt table that the table did not have before: it is
// created after the copy, on rows that may repeat the key. The same index put
// back by the rebuild is not reported (check_statement skips them all).
void new_unique_indexes(const model::Schema& before, const model::Schema& after, const std::string& table,
                        const FileFacts& facts, const std::string& path, const std::string& text,
                        const Options& options, std::vector<Finding>& out) {
  LineIndex lines(path, text);
  for (const auto& ix : after.indexes) {
    if (!ix.unique || sqlite::fold_case(ix.table.name) != sqlite::fold_case(table)) continue;
    bool existed = std::any_of(before.indexes.begin(), before.indexes.end(), [&](const model::Index& b) {
      return sqlite::fold_case(b.name.name) == sqlite::fold_case(ix.name.name) &&
             b.definition.canon == ix.definition.canon;
    });
    if (existed) continue;
    const SqliteStatement* where = nullptr;
    for (const auto& s : facts.statements)
      if (at(s.tokens, 0, "CREATE") && at(s.tokens, 1, "UNIQUE") && at(s.tokens, 2, "INDEX") &&
          std::any_of(s.tokens.begin(), s.tokens.end(),
                      [&](const Token& k) { return sqlite::fold_case(k.ident()) == sqlite::fold_case(ix.name.name); }))
        where = &s;
    if (!where) continue;  // created by a later migration
    size_t start = where->offset + where->tokens[0].offset;
    SourcePos pos = lines.at(start);
    FileState state;
    state.path = path;
    StatementContext ctx{nullptr, where->sql.substr(where->tokens[0].offset), pos.line, pos.column, state};
    std::set<std::string> ignored = ignored_rules(text, start);
    Report report(ctx, out, options.severities, ignored);
    report.add("add-unique-constraint",
               "a new unique index on rebuilt table " + table +
                   " fails if rows already repeat the key; find and fix duplicates in an earlier migration");
  }
}

// Change rules: what a rebuild did to columns of a table that existed.
void rebuild_changes(const model::Schema& before, const model::Schema& after, const FileFacts& facts,
                     const std::string& path, const std::string& text, const Options& options,
                     std::vector<Finding>& out) {
  LineIndex lines(path, text);
  for (const auto& change : diff::sqlite_diff(before, after, diff::Renames::from_hints(after))) {
    if (change.kind != diff::ChangeKind::rebuild_table) continue;
    const auto& rebuild = change.as<diff::TableRebuild>();
    std::string table = rebuild.to->name.name;
    // Point at the rebuild's copy (INSERT INTO the new table … SELECT … FROM
    // the old one), where columns are kept, converted or left out; else at the
    // first statement that names the table.
    const SqliteStatement* where = facts.statements.empty() ? nullptr : &facts.statements.front();
    const SqliteStatement* names = nullptr;
    const SqliteStatement* copy = nullptr;
    for (const auto& s : facts.statements) {
      const auto& t = s.tokens;
      if (!copy && at(t, 0, "INSERT") && at(t, 1, "INTO") && t.size() > 2) {
        auto temp = facts.temp_for.find(sqlite::fold_case(t[2].ident()));
        if (temp != facts.temp_for.end() && temp->second == sqlite::fold_case(table)) copy = &s;
      }
      if (!names && std::any_of(t.begin(), t.end(), [&](const Token& k) {
            return sqlite::fold_case(k.ident()) == sqlite::fold_case(table);
          }))
        names = &s;
    }
    if (copy)
      where = copy;
    else if (names)
      where = names;
    SourcePos pos = where ? lines.at(where->offset + where->tokens[0].offset) : SourcePos{path, 1, 1};
    FileState state;
    state.path = path;
    StatementContext ctx{nullptr, where ? where->sql : "", pos.line, pos.column, state};
    std::set<std::string> ignored =
        where ? ignored_rules(text, where->offset + where->tokens[0].offset) : std::set<std::string>{};
    Report report(ctx, out, options.severities, ignored);
    for (const auto& c : rebuild.from->columns) {
      const model::Column* kept = diff::find_column(*rebuild.to, c.name);
      if (!kept) {
        report.add("drop-column", "the rebuild of " + table + " drops column " + c.name +
                                      " and its data; stop reading it first, drop it in a later migration");
      } else if (kept->type != c.type &&
                 (rebuild.to->strict || sqlite::affinity_of(kept->type) != sqlite::affinity_of(c.type))) {
        // Outside STRICT tables only the affinity decides how values are stored.
        report.add("change-column-type", "the rebuild of " + table + " changes column " + c.name + " from " + c.type +
                                             " to " + kept->type +
                                             "; add a new column, backfill it, switch readers, drop the old one");
      }
    }
    new_unique_indexes(before, after, table, facts, path, text, options, out);
  }
}

}  // namespace

std::vector<Finding> sqlite_lint_text(const std::string& path, const std::string& text, const Options& options,
                                      const std::set<model::QName>* existed_before) {
  FileFacts facts = read_facts(text);
  FileState state;
  state.path = path;
  state.existed_before = existed_before;
  state.no_transaction = migrate::read_directives(text).no_transaction;
  std::vector<Finding> out;
  missing_down(path, options, out);
  LineIndex lines(path, text);
  for (const auto& s : facts.statements) {
    size_t start = s.offset + s.tokens[0].offset;
    SourcePos pos = lines.at(start);
    StatementContext ctx{nullptr, s.sql.substr(s.tokens[0].offset), pos.line, pos.column, state};
    std::set<std::string> ignored = ignored_rules(text, start);
    Report report(ctx, out, options.severities, ignored);
    check_statement(s, facts, state, report);
    if (size_t n = created_name_at(s.tokens); n && n < s.tokens.size())
      state.created_tables.insert({"", sqlite::fold_case(s.tokens[n].ident())});
  }
  with_sqlite_advice(out);
  return out;
}

std::vector<Finding> sqlite_lint_directory(const std::vector<std::string>& up_paths, const Options& options,
                                           std::string* replay_note) {
  auto replay = dialect::sqlite().replay();
  ReplaySteps steps;
  steps.replay = replay.get();
  steps.tables = [](const model::Schema& s) {
    std::set<model::QName> names;
    for (const auto& t : s.tables) names.insert({"", sqlite::fold_case(t.name.name)});
    return names;
  };
  steps.statements = [&](const std::string& path, const std::string& text, const std::set<model::QName>* existed) {
    return sqlite_lint_text(path, text, options, existed);
  };
  steps.changes = [&](const model::Schema& before, const model::Schema& after, const std::string& path,
                      const std::string& text, std::vector<Finding>& findings) {
    rebuild_changes(before, after, read_facts(text), path, text, options, findings);
  };
  auto findings = lint_replayed(up_paths, steps, replay_note);
  with_sqlite_advice(findings);
  return findings;
}

}  // namespace shale::lint
