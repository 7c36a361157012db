// libpg_query's parse tree as protobuf-c structs, owned by an arena.
// Trees are unpacked with an arena allocator so that rewrites may share and
// replace sub-trees freely; everything is freed at once with the ParsedSql.
#pragma once
#include <pg_query.h>
#include <pg_query/pg_query.pb-c.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "util/error.hpp"

namespace shale::pgsql {

class Arena {
 public:
  Arena();
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;
  void* alloc(size_t size);
  char* strdup(const std::string& s);
  ProtobufCAllocator* allocator() { return &allocator_; }

  // A new, initialised message: make<PgQuery__AConst>(pg_query__a__const__init).
  template <class T>
  T* make(void (*init)(T*)) {
    T* m = static_cast<T*>(alloc(sizeof(T)));
    init(m);
    return m;
  }

 private:
  std::vector<std::unique_ptr<char[]>> blocks_;
  char* current_ = nullptr;
  size_t used_ = 0, capacity_ = 0;
  ProtobufCAllocator allocator_;
};

struct Statement {
  PgQuery__Node* node;
  size_t offset;  // byte offset of the statement's first token in the source
  size_t length;
  size_t base;  // node locations inside the statement count from here
};

class ParsedSql {
 public:
  // Parses `sql`; a syntax error throws UserError at file:line:col.
  static std::unique_ptr<ParsedSql> parse(const std::string& sql, const std::string& file);
  ~ParsedSql();
  const std::vector<Statement>& statements() const { return statements_; }

  // Parses `sql` and calls `visit` for each statement in order, with the
  // arena that holds it. A large text is parsed one statement at a time into
  // an arena freed after its visit, so memory stays that of one statement
  // however large the file; a syntax error is thrown when its statement is
  // reached.
  static void each_statement(const std::string& sql, const std::string& file,
                             const std::function<void(const Statement&, Arena&)>& visit);
  Arena& arena() { return *arena_; }
  const std::string& source() const { return source_; }

 private:
  ParsedSql() = default;
  std::unique_ptr<Arena> arena_;
  std::vector<Statement> statements_;
  std::string source_;
};

// Visits every message below `root` (post-order), through protobuf-c's
// descriptors so that no node type is missed.
void walk(ProtobufCMessage* root, const std::function<void(ProtobufCMessage*)>& visit);
inline void walk(PgQuery__Node* root, const std::function<void(ProtobufCMessage*)>& visit) {
  walk(reinterpret_cast<ProtobufCMessage*>(root), visit);
}

// SQL text for one statement node (libpg_query's deparser).
std::string deparse(PgQuery__Node* stmt);

// Text of a node that holds a string (String) or list of strings, joined by '.'.
std::string string_value(const PgQuery__Node* node);
std::vector<std::string> string_list(PgQuery__Node* const* nodes, size_t n);

// The number of a numeric option (`START 5`, `CACHE 20` …): an Integer node,
// or a Float node for a number the grammar could not fit in 32 bits.
// PostgreSQL reads these options as bigint (defGetInt64), so a fraction or a
// number outside bigint is a UserError without a position (callers add it).
int64_t int64_option(const PgQuery__DefElem* d);

// Helpers to build nodes in an arena.
PgQuery__Node* make_string_node(Arena& arena, const std::string& s);
PgQuery__Node* wrap(Arena& arena, PgQuery__Constraint* c);
PgQuery__Node* wrap(Arena& arena, PgQuery__AlterTableStmt* s);
PgQuery__Node* wrap(Arena& arena, PgQuery__AlterTableCmd* c);
PgQuery__Node* wrap(Arena& arena, PgQuery__SelectStmt* s);
PgQuery__Node* wrap(Arena& arena, PgQuery__ResTarget* r);
PgQuery__Node* wrap(Arena& arena, PgQuery__IndexStmt* s);
PgQuery__Node* wrap(Arena& arena, PgQuery__CreateTrigStmt* s);
PgQuery__Node* wrap(Arena& arena, PgQuery__CreateFunctionStmt* s);
PgQuery__RangeVar* make_range_var(Arena& arena, const std::string& schema, const std::string& name);

}  // namespace shale::pgsql
