#include "pgsql/parse_tree.hpp"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <unordered_map>

#include "pgsql/json_tree.hpp"
#include "pgsql/wire.hpp"

namespace shale::pgsql {

namespace {
// Most arenas hold one small statement: start small (page faults of fresh
// blocks dominated the profile) and grow for big files.
constexpr size_t kFirstBlock = 2 * 1024;
constexpr size_t kMaxBlock = 256 * 1024;

void* arena_alloc(void* data, size_t size) { return static_cast<Arena*>(data)->alloc(size); }
void arena_free(void*, void*) {}  // freed with the arena

struct DeparseResultFree {
  void operator()(PgQueryDeparseResult* r) const { pg_query_free_deparse_result(*r); }
};
}  // namespace

Arena::Arena() { allocator_ = ProtobufCAllocator{arena_alloc, arena_free, this}; }

void* Arena::alloc(size_t size) {
  size = (size + 15) & ~size_t(15);
  if (size > kMaxBlock / 4) {
    blocks_.emplace_back(new char[size]);
    return blocks_.back().get();
  }
  if (used_ + size > capacity_) {
    size_t block = capacity_ == 0 ? kFirstBlock : std::min(capacity_ * 2, kMaxBlock);
    while (block < size) block *= 2;
    blocks_.emplace_back(new char[block]);
    current_ = blocks_.back().get();
    used_ = 0;
    capacity_ = block;
  }
  void* p = current_ + used_;
  used_ += size;
  return p;
}

char* Arena::strdup(const std::string& s) {
  char* p = static_cast<char*>(alloc(s.size() + 1));
  std::memcpy(p, s.c_str(), s.size() + 1);
  return p;
}

namespace {
[[noreturn]] void syntax_error(const PgQueryError& error, const std::string& sql, size_t begin,
                               const std::string& file) {
  size_t offset = begin + (error.cursorpos > 0 ? size_t(error.cursorpos - 1) : 0);
  throw UserError(std::string("syntax error: ") + error.message, position_in(file, sql, offset));
}

PgQuery__ParseResult* parse_piece_protobuf(const std::string& piece, const std::string& sql, size_t begin, Arena& arena,
                                           const std::string& file) {
  PgQueryProtobufParseResult result = pg_query_parse_protobuf(piece.c_str());
  std::unique_ptr<PgQueryProtobufParseResult, void (*)(PgQueryProtobufParseResult*)> guard(
      &result, [](PgQueryProtobufParseResult* r) { pg_query_free_protobuf_parse_result(*r); });
  if (result.error) syntax_error(*result.error, sql, begin, file);
  return reinterpret_cast<PgQuery__ParseResult*>(decode(&pg_query__parse_result__descriptor,
                                                        reinterpret_cast<const uint8_t*>(result.parse_tree.data),
                                                        result.parse_tree.len, arena));
}

// Parses one piece of `sql` (a statement, or the whole text) into `arena`;
// a syntax error throws UserError at its position in the whole text.
PgQuery__ParseResult* parse_piece(const std::string& sql, size_t begin, size_t length, Arena& arena,
                                  const std::string& file) {
  std::string piece = sql.substr(begin, length);
  if (!json_tree_is_exact(piece)) return parse_piece_protobuf(piece, sql, begin, arena, file);
  // The JSON form of the tree, not the protobuf one: see json_tree.hpp.
  PgQueryParseResult result = pg_query_parse(piece.c_str());
  std::unique_ptr<PgQueryParseResult, void (*)(PgQueryParseResult*)> guard(
      &result, [](PgQueryParseResult* r) { pg_query_free_parse_result(*r); });
  if (result.error) syntax_error(*result.error, sql, begin, file);
  return read_json_tree(result.parse_tree, strlen(result.parse_tree), arena);
}

// First byte of a statement's first token: stmt_location includes the
// whitespace and comments after the previous ';'.
size_t skip_blanks(const std::string& sql, size_t begin, size_t end) {
  while (begin < end) {
    if (isspace(static_cast<unsigned char>(sql[begin]))) {
      ++begin;
    } else if (sql.compare(begin, 2, "--") == 0) {
      while (begin < end && sql[begin] != '\n') ++begin;
    } else if (sql.compare(begin, 2, "/*") == 0) {
      size_t close = sql.find("*/", begin + 2);
      begin = close == std::string::npos ? end : close + 2;
    } else {
      break;
    }
  }
  return begin;
}
}  // namespace

// Offset of the first byte that is not valid UTF-8, or npos. PostgreSQL
// rejects such input too ("invalid byte sequence for encoding UTF8").
size_t invalid_utf8(const std::string& s) {
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (n == 0 || i + n > s.size()) return i;
    for (size_t k = 1; k < n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return i;
    i += n;
  }
  return std::string::npos;
}

std::unique_ptr<ParsedSql> ParsedSql::parse(const std::string& sql, const std::string& file) {
  size_t bad = invalid_utf8(sql);
  if (bad != std::string::npos) throw UserError("invalid UTF-8 byte sequence", position_in(file, sql, bad));
  std::unique_ptr<ParsedSql> parsed(new ParsedSql());
  parsed->arena_ = std::make_unique<Arena>();
  parsed->source_ = sql;
  // Large files: split with the scanner, then parse statement by statement —
  // three times faster than one parse (libpg_query packs and we unpack one
  // huge protobuf message otherwise). Small files (migrations): one parse is
  // cheaper than the split (bench/lint measured 40% more CPU with it).
  constexpr size_t kSplitAbove = 64 * 1024;
  if (sql.size() <= kSplitAbove) {
    PgQuery__ParseResult* tree = parse_piece(sql, 0, sql.size(), *parsed->arena_, file);
    for (size_t i = 0; i < tree->n_stmts; ++i) {
      PgQuery__RawStmt* raw = tree->stmts[i];
      size_t begin = size_t(raw->stmt_location);
      size_t end = raw->stmt_len ? begin + size_t(raw->stmt_len) : sql.size();
      begin = skip_blanks(sql, begin, end);
      parsed->statements_.push_back(Statement{raw->stmt, begin, end - begin, 0});
    }
    return parsed;
  }
  PgQuerySplitResult split = pg_query_split_with_scanner(sql.c_str());
  std::unique_ptr<PgQuerySplitResult, void (*)(PgQuerySplitResult*)> split_guard(
      &split, [](PgQuerySplitResult* r) { pg_query_free_split_result(*r); });
  std::vector<std::pair<size_t, size_t>> pieces;
  if (split.error) {
    pieces.push_back({0, sql.size()});  // the parser reports the error
  } else {
    for (int i = 0; i < split.n_stmts; ++i)
      pieces.push_back({size_t(split.stmts[i]->stmt_location), size_t(split.stmts[i]->stmt_len)});
  }
  for (const auto& [begin, length] : pieces) {
    PgQuery__ParseResult* tree = parse_piece(sql, begin, length, *parsed->arena_, file);
    for (size_t i = 0; i < tree->n_stmts; ++i) {
      PgQuery__RawStmt* raw = tree->stmts[i];
      size_t stmt_begin = begin + size_t(raw->stmt_location);
      size_t stmt_end = raw->stmt_len ? stmt_begin + size_t(raw->stmt_len) : begin + length;
      stmt_begin = skip_blanks(sql, stmt_begin, stmt_end);
      parsed->statements_.push_back(Statement{raw->stmt, stmt_begin, stmt_end - stmt_begin, begin});
    }
  }
  return parsed;
}

ParsedSql::~ParsedSql() = default;  // the tree lives in the arena

void ParsedSql::each_statement(const std::string& sql, const std::string& file,
                               const std::function<void(const Statement&, Arena&)>& visit) {
  constexpr size_t kSplitAbove = 64 * 1024;  // as in parse(): small texts parse faster whole
  if (sql.size() <= kSplitAbove) {
    auto parsed = parse(sql, file);
    for (const auto& st : parsed->statements()) visit(st, parsed->arena());
    return;
  }
  size_t bad = invalid_utf8(sql);
  if (bad != std::string::npos) throw UserError("invalid UTF-8 byte sequence", position_in(file, sql, bad));
  PgQuerySplitResult split = pg_query_split_with_scanner(sql.c_str());
  std::unique_ptr<PgQuerySplitResult, void (*)(PgQuerySplitResult*)> split_guard(
      &split, [](PgQuerySplitResult* r) { pg_query_free_split_result(*r); });
  if (split.error) {  // the parser reports the error at its place
    auto parsed = parse(sql, file);
    for (const auto& st : parsed->statements()) visit(st, parsed->arena());
    return;
  }
  for (int i = 0; i < split.n_stmts; ++i) {
    size_t begin = size_t(split.stmts[i]->stmt_location), length = size_t(split.stmts[i]->stmt_len);
    Arena arena;
    PgQuery__ParseResult* tree = parse_piece(sql, begin, length, arena, file);
    for (size_t k = 0; k < tree->n_stmts; ++k) {
      PgQuery__RawStmt* raw = tree->stmts[k];
      size_t stmt_begin = begin + size_t(raw->stmt_location);
      size_t stmt_end = raw->stmt_len ? stmt_begin + size_t(raw->stmt_len) : begin + length;
      stmt_begin = skip_blanks(sql, stmt_begin, stmt_end);
      visit(Statement{raw->stmt, stmt_begin, stmt_end - stmt_begin, begin}, arena);
    }
  }
}

namespace {
// Schemas repeat the same definitions (defaults, keys, checks) thousands of
// times, and libpg_query's deparse of even a small tree costs a protobuf
// round trip through its own runtime. Its text depends on the tree alone,
// not on where the tree was written: remember it by the tree's bytes without
// locations. Per thread, as plans load their two states on two threads;
// bounded, since a long replay could otherwise keep every definition.
class DeparseMemo {
 public:
  const std::string* find(const std::string& key) const {
    auto it = texts_.find(key);
    return it == texts_.end() ? nullptr : &it->second;
  }
  void add(std::string key, const std::string& text) {
    if (texts_.size() >= kMaxEntries) texts_.clear();
    texts_.emplace(std::move(key), text);
  }

 private:
  static constexpr size_t kMaxEntries = 1 << 16;
  std::unordered_map<std::string, std::string> texts_;
};

std::string deparse_uncached(PgQuery__Node* stmt);
}  // namespace

std::string deparse(PgQuery__Node* stmt) {
  // What repeats are expressions (SELECT <default>) and constraints (ALTER
  // TABLE x ADD CONSTRAINT n …); a statement that names its own object, such
  // as CREATE INDEX, never does, and remembering it would only cost memory.
  bool repeats =
      stmt->node_case == PG_QUERY__NODE__NODE_SELECT_STMT || stmt->node_case == PG_QUERY__NODE__NODE_ALTER_TABLE_STMT;
  if (!repeats) return deparse_uncached(stmt);
  thread_local DeparseMemo memo;
  std::string key = encode_without_locations(&stmt->base);
  if (const std::string* text = memo.find(key)) return *text;
  std::string text = deparse_uncached(stmt);
  memo.add(std::move(key), text);
  return text;
}

namespace {
std::string deparse_uncached(PgQuery__Node* stmt) {
  PgQuery__RawStmt raw;
  pg_query__raw_stmt__init(&raw);
  raw.stmt = stmt;
  PgQuery__RawStmt* raws[] = {&raw};
  PgQuery__ParseResult tree;
  pg_query__parse_result__init(&tree);
  tree.version = PG_VERSION_NUM;
  tree.n_stmts = 1;
  tree.stmts = raws;
  std::string buffer = encode(&tree.base);
  PgQueryDeparseResult result = pg_query_deparse_protobuf(PgQueryProtobuf{buffer.size(), buffer.data()});
  std::unique_ptr<PgQueryDeparseResult, DeparseResultFree> guard(&result);
  if (result.error) throw std::logic_error(std::string("libpg_query could not deparse: ") + result.error->message);
  std::string text = result.query;
  // libpg_query writes an expression index element's operator class right
  // after the expression: "(lower(title)text_pattern_ops)". PostgreSQL reads
  // that, but people read "lower(title) text_pattern_ops" (pg_get_indexdef's
  // spelling), so put the space back.
  if (stmt->node_case == PG_QUERY__NODE__NODE_INDEX_STMT) {
    const PgQuery__IndexStmt* index = stmt->index_stmt;
    for (size_t i = 0; i < index->n_index_params; ++i) {
      const PgQuery__IndexElem* e = index->index_params[i]->index_elem;
      if (!e || !e->expr || e->n_opclass == 0) continue;
      const PgQuery__Node* last = e->opclass[e->n_opclass - 1];
      if (last->node_case != PG_QUERY__NODE__NODE_STRING) continue;
      for (const std::string& name : {std::string(last->string->sval), "\"" + std::string(last->string->sval) + "\""})
        for (size_t at = 0; (at = text.find(")" + name, at)) != std::string::npos; at += name.size() + 2)
          text.insert(at + 1, " ");
    }
  }
  return text;
}
}  // namespace

namespace {
// Visits the message fields of `msg` in `fields`, then `msg`.
void walk_fields(ProtobufCMessage* msg, const ProtobufCFieldDescriptor* fields, unsigned n_fields,
                 const std::function<void(ProtobufCMessage*)>& visit) {
  char* base = reinterpret_cast<char*>(msg);
  for (unsigned i = 0; i < n_fields; ++i) {
    const ProtobufCFieldDescriptor& f = fields[i];
    if (f.type != PROTOBUF_C_TYPE_MESSAGE) continue;
    if ((f.flags & PROTOBUF_C_FIELD_FLAG_ONEOF) && *reinterpret_cast<uint32_t*>(base + f.quantifier_offset) != f.id)
      continue;
    if (f.label == PROTOBUF_C_LABEL_REPEATED) {
      size_t n = *reinterpret_cast<size_t*>(base + f.quantifier_offset);
      auto** items = *reinterpret_cast<ProtobufCMessage***>(base + f.offset);
      for (size_t k = 0; k < n; ++k) walk(items[k], visit);
    } else {
      walk(*reinterpret_cast<ProtobufCMessage**>(base + f.offset), visit);
    }
  }
  visit(msg);
}
}  // namespace

void walk(ProtobufCMessage* msg, const std::function<void(ProtobufCMessage*)>& visit) {
  if (!msg) return;
  const ProtobufCMessageDescriptor* desc = msg->descriptor;
  if (desc == &pg_query__node__descriptor) {
    // Every field of a Node is in its oneof: go to the one that is set
    // rather than past some 250 that are not.
    uint32_t set = reinterpret_cast<PgQuery__Node*>(msg)->node_case;
    const ProtobufCFieldDescriptor* f = set ? protobuf_c_message_descriptor_get_field(desc, set) : nullptr;
    return walk_fields(msg, f, f ? 1 : 0, visit);
  }
  walk_fields(msg, desc->fields, desc->n_fields, visit);
}

int64_t int64_option(const PgQuery__DefElem* d) {
  if (d->arg->node_case == PG_QUERY__NODE__NODE_INTEGER) return d->arg->integer->ival;
  std::string text = d->arg->node_case == PG_QUERY__NODE__NODE_FLOAT ? d->arg->float_->fval : string_value(d->arg);
  int64_t value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size())
    throw UserError(std::string("option ") + d->defname + " must be an integer in the range of bigint, not " +
                    (text.empty() ? "this" : text));
  return value;
}

std::string string_value(const PgQuery__Node* node) {
  if (!node) return "";
  if (node->node_case == PG_QUERY__NODE__NODE_STRING) return node->string->sval;
  if (node->node_case == PG_QUERY__NODE__NODE_LIST) {
    std::string out;
    for (size_t i = 0; i < node->list->n_items; ++i) {
      if (i) out += ".";
      out += string_value(node->list->items[i]);
    }
    return out;
  }
  return "";
}

std::vector<std::string> string_list(PgQuery__Node* const* nodes, size_t n) {
  std::vector<std::string> out;
  for (size_t i = 0; i < n; ++i) out.push_back(string_value(nodes[i]));
  return out;
}

PgQuery__Node* make_string_node(Arena& arena, const std::string& s) {
  auto* str = arena.make(pg_query__string__init);
  str->sval = arena.strdup(s);
  auto* node = arena.make(pg_query__node__init);
  node->node_case = PG_QUERY__NODE__NODE_STRING;
  node->string = str;
  return node;
}

#define SHALE_WRAP(Type, member, kase)             \
  PgQuery__Node* wrap(Arena& arena, Type* value) { \
    auto* node = arena.make(pg_query__node__init); \
    node->node_case = kase;                        \
    node->member = value;                          \
    return node;                                   \
  }
SHALE_WRAP(PgQuery__Constraint, constraint, PG_QUERY__NODE__NODE_CONSTRAINT)
SHALE_WRAP(PgQuery__AlterTableStmt, alter_table_stmt, PG_QUERY__NODE__NODE_ALTER_TABLE_STMT)
SHALE_WRAP(PgQuery__AlterTableCmd, alter_table_cmd, PG_QUERY__NODE__NODE_ALTER_TABLE_CMD)
SHALE_WRAP(PgQuery__SelectStmt, select_stmt, PG_QUERY__NODE__NODE_SELECT_STMT)
SHALE_WRAP(PgQuery__ResTarget, res_target, PG_QUERY__NODE__NODE_RES_TARGET)
SHALE_WRAP(PgQuery__IndexStmt, index_stmt, PG_QUERY__NODE__NODE_INDEX_STMT)
SHALE_WRAP(PgQuery__CreateTrigStmt, create_trig_stmt, PG_QUERY__NODE__NODE_CREATE_TRIG_STMT)
SHALE_WRAP(PgQuery__CreateFunctionStmt, create_function_stmt, PG_QUERY__NODE__NODE_CREATE_FUNCTION_STMT)
#undef SHALE_WRAP

PgQuery__RangeVar* make_range_var(Arena& arena, const std::string& schema, const std::string& name) {
  auto* rv = arena.make(pg_query__range_var__init);
  rv->schemaname = arena.strdup(schema);
  rv->relname = arena.strdup(name);
  rv->inh = 1;
  rv->relpersistence = arena.strdup("p");
  return rv;
}

}  // namespace shale::pgsql
