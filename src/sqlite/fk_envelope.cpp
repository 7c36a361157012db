#include "sqlite/fk_envelope.hpp"

namespace shale::sqlite {

namespace {

// True when the statement's significant tokens are exactly `words`.
bool is(std::string_view text, const ScriptStatement& st, std::initializer_list<std::string_view> words) {
  auto tokens = significant_tokens(text.substr(st.offset, st.length));
  if (tokens.size() != words.size()) return false;
  size_t i = 0;
  for (auto w : words) {
    const Token& t = tokens[i++];
    if (w == "=" ? t.text != "=" : !t.is(w)) return false;
  }
  return true;
}

}  // namespace

std::string with_foreign_keys_off(const std::string& body) {
  return "-- SQLite table rebuild, framed as https://www.sqlite.org/lang_altertable.html#otheralter says: foreign\n"
         "-- keys off outside the transaction, so that dropping the old table neither deletes nor blocks the rows\n"
         "-- that reference it whatever runner runs this file; checked before commit. This file turns foreign\n"
         "-- keys on at the end. (shale apply runs the statements between BEGIN and COMMIT in its own transaction.)\n"
         "PRAGMA foreign_keys = OFF;\n"
         "BEGIN;\n" +
         body +
         "PRAGMA foreign_key_check;\n"
         "COMMIT;\n"
         "PRAGMA foreign_keys = ON;\n";
}

std::vector<ScriptStatement> migration_statements(std::string_view text) {
  auto all = split_script(text);
  size_t n = all.size();
  if (n < 5 || !is(text, all[0], {"PRAGMA", "foreign_keys", "=", "OFF"}) || !is(text, all[1], {"BEGIN"}) ||
      !is(text, all[n - 3], {"PRAGMA", "foreign_key_check"}) || !is(text, all[n - 2], {"COMMIT"}) ||
      !is(text, all[n - 1], {"PRAGMA", "foreign_keys", "=", "ON"}))
    return all;
  return std::vector<ScriptStatement>(all.begin() + 2, all.end() - 3);
}

}  // namespace shale::sqlite
