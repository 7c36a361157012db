#include "pgsql/json_tree.hpp"

#include <strings.h>

#include <cstring>
#include <deque>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "pgsql/parse_tree.hpp"

namespace shale::pgsql {

namespace {

[[noreturn]] void bad(const char* what) {
  throw std::logic_error(std::string("unexpected JSON from libpg_query: ") + what);
}

// JSON keys are PostgreSQL's field names ("tableElts", "A_Const"), the
// protobuf fields their snake-case forms ("table_elts", "a_const"): both
// match once lower-cased without underscores.
std::string fold_name(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  for (char c : name)
    if (c != '_') out += char(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return out;
}

// A message type's fields by JSON key, learnt per type and thread: a key
// seen before is one hash lookup; a new one is folded and matched once.
class FieldsByKey {
 public:
  explicit FieldsByKey(const ProtobufCMessageDescriptor* desc) {
    for (unsigned i = 0; i < desc->n_fields; ++i)
      if (!by_folded_name_.emplace(fold_name(desc->fields[i].name), &desc->fields[i]).second)
        bad("two fields fold to one name");
  }
  const ProtobufCFieldDescriptor* find(std::string_view key) {
    auto it = by_key_.find(key);
    if (it != by_key_.end()) return it->second;
    auto f = by_folded_name_.find(fold_name(key));
    if (f == by_folded_name_.end()) bad("unknown field");
    keys_.emplace_back(key);
    by_key_.emplace(keys_.back(), f->second);
    return f->second;
  }

 private:
  std::unordered_map<std::string, const ProtobufCFieldDescriptor*> by_folded_name_;
  std::deque<std::string> keys_;  // stable storage for the views below
  std::unordered_map<std::string_view, const ProtobufCFieldDescriptor*> by_key_;
};

const ProtobufCFieldDescriptor* field_named(const ProtobufCMessageDescriptor* desc, std::string_view key) {
  thread_local std::unordered_map<const ProtobufCMessageDescriptor*, FieldsByKey> by_type;
  auto it = by_type.find(desc);
  if (it == by_type.end()) it = by_type.emplace(desc, FieldsByKey(desc)).first;
  return it->second.find(key);
}

void append_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += char(cp);
  } else if (cp < 0x800) {
    out += char(0xC0 | (cp >> 6));
    out += char(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += char(0xE0 | (cp >> 12));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  } else {
    out += char(0xF0 | (cp >> 18));
    out += char(0x80 | ((cp >> 12) & 0x3F));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  }
}

class JsonReader {
 public:
  JsonReader(const char* json, size_t length, Arena& arena) : p_(json), end_(json + length), arena_(arena) {}

  ProtobufCMessage* message(const ProtobufCMessageDescriptor* desc) {
    auto* msg = static_cast<ProtobufCMessage*>(arena_.alloc(desc->sizeof_message));
    desc->message_init(msg);
    char* base = reinterpret_cast<char*>(msg);
    expect('{');
    if (peek() == '}') {
      ++p_;
      return msg;  // a null element of a node list, or a message at its defaults
    }
    do {
      std::string_view key = key_name();
      const ProtobufCFieldDescriptor* f = field_named(desc, key);
      if (f->flags & PROTOBUF_C_FIELD_FLAG_ONEOF) *reinterpret_cast<uint32_t*>(base + f->quantifier_offset) = f->id;
      if (f->label == PROTOBUF_C_LABEL_REPEATED) {
        array(*f, base);
      } else {
        value(*f, base + f->offset);
      }
    } while (next_member('}'));
    return msg;
  }

  void finish() {
    skip_space();
    if (p_ != end_) bad("text after the tree");
  }

 private:
  char peek() {
    skip_space();
    if (p_ == end_) bad("end of text");
    return *p_;
  }
  void skip_space() {
    while (p_ != end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\t' || *p_ == '\r')) ++p_;
  }
  void expect(char c) {
    if (peek() != c) bad("punctuation");
    ++p_;
  }
  // After a member or element: true at ',', false at `close`.
  bool next_member(char close) {
    char c = peek();
    ++p_;
    if (c == ',') return true;
    if (c != close) bad("punctuation");
    return false;
  }
  std::string_view key_name() {
    expect('"');
    const char* begin = p_;
    while (p_ != end_ && *p_ != '"') ++p_;  // keys are plain identifiers
    if (p_ == end_) bad("end of text");
    std::string_view key(begin, size_t(p_ - begin));
    ++p_;
    expect(':');
    return key;
  }

  // A JSON string into `text_` (reused, so no allocation per string).
  const std::string& string() {
    expect('"');
    text_.clear();
    while (true) {
      const char* run = p_;
      while (p_ != end_ && *p_ != '"' && *p_ != '\\') ++p_;
      text_.append(run, size_t(p_ - run));
      if (p_ == end_) bad("end of text");
      if (*p_++ == '"') return text_;
      if (p_ == end_) bad("end of text");
      char e = *p_++;
      switch (e) {
        case '"': text_ += '"'; break;
        case '\\': text_ += '\\'; break;
        case '/': text_ += '/'; break;
        case 'b': text_ += '\b'; break;
        case 'f': text_ += '\f'; break;
        case 'n': text_ += '\n'; break;
        case 'r': text_ += '\r'; break;
        case 't': text_ += '\t'; break;
        case 'u': {
          uint32_t cp = hex4();
          if (cp >= 0xD800 && cp < 0xDC00) {  // a surrogate pair
            if (end_ - p_ < 2 || p_[0] != '\\' || p_[1] != 'u') bad("lone surrogate");
            p_ += 2;
            uint32_t low = hex4();
            if (low < 0xDC00 || low >= 0xE000) bad("lone surrogate");
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          }
          append_utf8(text_, cp);
          break;
        }
        default: bad("escape");
      }
    }
  }
  uint32_t hex4() {
    if (end_ - p_ < 4) bad("end of text");
    uint32_t v = 0;
    for (int i = 0; i < 4; ++i) {
      char c = *p_++;
      v <<= 4;
      if (c >= '0' && c <= '9')
        v |= uint32_t(c - '0');
      else if (c >= 'a' && c <= 'f')
        v |= uint32_t(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F')
        v |= uint32_t(c - 'A' + 10);
      else
        bad("escape");
    }
    return v;
  }
  // An integer, as the two's complement bits protobuf-c would hold.
  uint64_t integer() {
    bool negative = peek() == '-';
    if (negative) ++p_;
    if (p_ == end_ || *p_ < '0' || *p_ > '9') bad("number");
    uint64_t v = 0;
    while (p_ != end_ && *p_ >= '0' && *p_ <= '9') v = v * 10 + uint64_t(*p_++ - '0');
    return negative ? ~v + 1 : v;
  }
  bool boolean() {
    if (peek() == 't' && end_ - p_ >= 4 && std::memcmp(p_, "true", 4) == 0) {
      p_ += 4;
      return true;
    }
    if (end_ - p_ >= 5 && std::memcmp(p_, "false", 5) == 0) {
      p_ += 5;
      return false;
    }
    bad("boolean");
  }
  double number() {
    skip_space();
    const char* begin = p_;
    while (p_ != end_ && std::strchr("+-.0123456789eE", *p_)) ++p_;
    return std::stod(std::string(begin, p_));
  }

  // A node: {"CreateStmt": {...}}, or {} for a null element of a list.
  ProtobufCMessage* node() {
    auto* n = static_cast<PgQuery__Node*>(arena_.alloc(sizeof(PgQuery__Node)));
    pg_query__node__init(n);
    expect('{');
    if (peek() == '}') {
      ++p_;
      return &n->base;
    }
    const ProtobufCFieldDescriptor* f = field_named(&pg_query__node__descriptor, key_name());
    n->node_case = PgQuery__Node__NodeCase(f->id);
    *reinterpret_cast<ProtobufCMessage**>(reinterpret_cast<char*>(n) + f->offset) =
        message(static_cast<const ProtobufCMessageDescriptor*>(f->descriptor));
    if (next_member('}')) bad("two members in a node");
    return &n->base;
  }

  ProtobufCMessage* sub_message(const ProtobufCFieldDescriptor& f) {
    const auto* desc = static_cast<const ProtobufCMessageDescriptor*>(f.descriptor);
    return desc == &pg_query__node__descriptor ? node() : message(desc);
  }

  void value(const ProtobufCFieldDescriptor& f, void* member) {
    switch (f.type) {
      case PROTOBUF_C_TYPE_INT32:
      case PROTOBUF_C_TYPE_SINT32:
      case PROTOBUF_C_TYPE_SFIXED32:
      case PROTOBUF_C_TYPE_UINT32:
      case PROTOBUF_C_TYPE_FIXED32: *static_cast<uint32_t*>(member) = uint32_t(integer()); break;
      case PROTOBUF_C_TYPE_INT64:
      case PROTOBUF_C_TYPE_SINT64:
      case PROTOBUF_C_TYPE_SFIXED64:
      case PROTOBUF_C_TYPE_UINT64:
      case PROTOBUF_C_TYPE_FIXED64: *static_cast<uint64_t*>(member) = integer(); break;
      case PROTOBUF_C_TYPE_FLOAT: *static_cast<float*>(member) = float(number()); break;
      case PROTOBUF_C_TYPE_DOUBLE: *static_cast<double*>(member) = number(); break;
      case PROTOBUF_C_TYPE_BOOL: *static_cast<protobuf_c_boolean*>(member) = boolean(); break;
      case PROTOBUF_C_TYPE_ENUM: {
        const auto* e = protobuf_c_enum_descriptor_get_value_by_name(
            static_cast<const ProtobufCEnumDescriptor*>(f.descriptor), string().c_str());
        if (!e) bad("unknown enum value");
        *static_cast<int*>(member) = e->value;
        break;
      }
      case PROTOBUF_C_TYPE_STRING: {
        const std::string& s = string();
        *static_cast<char**>(member) = arena_.strdup(s);
        break;
      }
      case PROTOBUF_C_TYPE_BYTES: bad("bytes field");
      case PROTOBUF_C_TYPE_MESSAGE: *static_cast<ProtobufCMessage**>(member) = sub_message(f); break;
    }
  }

  // Elements are gathered on a stack shared by nested arrays (an inner one
  // is complete before its outer one goes on), then copied to the arena.
  void array(const ProtobufCFieldDescriptor& f, char* base) {
    size_t step = f.type == PROTOBUF_C_TYPE_MESSAGE || f.type == PROTOBUF_C_TYPE_STRING ? sizeof(void*)
                  : f.type == PROTOBUF_C_TYPE_BOOL                                      ? sizeof(protobuf_c_boolean)
                  : f.type == PROTOBUF_C_TYPE_ENUM || f.type == PROTOBUF_C_TYPE_INT32 ||
                          f.type == PROTOBUF_C_TYPE_UINT32 || f.type == PROTOBUF_C_TYPE_SINT32 ||
                          f.type == PROTOBUF_C_TYPE_FIXED32 || f.type == PROTOBUF_C_TYPE_SFIXED32 ||
                          f.type == PROTOBUF_C_TYPE_FLOAT
                      ? 4
                      : 8;
    size_t start = stack_.size();
    expect('[');
    if (peek() == ']') {
      ++p_;
      return;
    }
    do {
      stack_.resize(stack_.size() + step);
      // value() may grow the stack (nested arrays): write through an index.
      if (f.type == PROTOBUF_C_TYPE_MESSAGE) {
        ProtobufCMessage* m = sub_message(f);
        std::memcpy(&stack_[stack_.size() - step], &m, sizeof m);
      } else {
        alignas(8) char element[8] = {};
        value(f, element);
        std::memcpy(&stack_[stack_.size() - step], element, step);
      }
    } while (next_member(']'));
    size_t bytes = stack_.size() - start;
    void* items = arena_.alloc(bytes);
    std::memcpy(items, &stack_[start], bytes);
    stack_.resize(start);
    *reinterpret_cast<size_t*>(base + f.quantifier_offset) = bytes / step;
    *reinterpret_cast<void**>(base + f.offset) = items;
  }

  const char* p_;
  const char* end_;
  Arena& arena_;
  std::string text_;
  std::vector<char> stack_;
};

}  // namespace

bool json_tree_is_exact(const std::string& sql) {
  for (size_t i = 0; i < sql.size(); ++i) {
    char c = sql[i];
    if (c == '-' || c == '[') return false;
    if ((c == 'a' || c == 'A') && strncasecmp(sql.c_str() + i, "array", 5) == 0) return false;
  }
  return true;
}

PgQuery__ParseResult* read_json_tree(const char* json, size_t length, Arena& arena) {
  JsonReader reader(json, length, arena);
  auto* tree = reinterpret_cast<PgQuery__ParseResult*>(reader.message(&pg_query__parse_result__descriptor));
  reader.finish();
  return tree;
}

}  // namespace shale::pgsql
