#include "pgsql/wire.hpp"

#include <pg_query/pg_query.pb-c.h>

#include <algorithm>
#include <cstring>
#include <iterator>
#include <stdexcept>
#include <unordered_map>
#include <vector>

#include "pgsql/parse_tree.hpp"

namespace shale::pgsql {

namespace {

enum WireType : uint32_t { kVarint = 0, kFixed64 = 1, kLengthPrefixed = 2, kFixed32 = 5 };

WireType wire_type(ProtobufCType type) {
  switch (type) {
    case PROTOBUF_C_TYPE_SFIXED64:
    case PROTOBUF_C_TYPE_FIXED64:
    case PROTOBUF_C_TYPE_DOUBLE: return kFixed64;
    case PROTOBUF_C_TYPE_SFIXED32:
    case PROTOBUF_C_TYPE_FIXED32:
    case PROTOBUF_C_TYPE_FLOAT: return kFixed32;
    case PROTOBUF_C_TYPE_STRING:
    case PROTOBUF_C_TYPE_BYTES:
    case PROTOBUF_C_TYPE_MESSAGE: return kLengthPrefixed;
    default: return kVarint;
  }
}

// Size of one element of a repeated field's array, as protobuf-c lays it out.
size_t element_size(ProtobufCType type) {
  switch (type) {
    case PROTOBUF_C_TYPE_SINT64:
    case PROTOBUF_C_TYPE_INT64:
    case PROTOBUF_C_TYPE_UINT64:
    case PROTOBUF_C_TYPE_SFIXED64:
    case PROTOBUF_C_TYPE_FIXED64:
    case PROTOBUF_C_TYPE_DOUBLE: return 8;
    case PROTOBUF_C_TYPE_BOOL: return sizeof(protobuf_c_boolean);
    case PROTOBUF_C_TYPE_STRING:
    case PROTOBUF_C_TYPE_MESSAGE: return sizeof(void*);
    case PROTOBUF_C_TYPE_BYTES: return sizeof(ProtobufCBinaryData);
    default: return 4;
  }
}

uint64_t zigzag32(int32_t v) { return (uint32_t(v) << 1) ^ uint32_t(v >> 31); }
uint64_t zigzag64(int64_t v) { return (uint64_t(v) << 1) ^ uint64_t(v >> 63); }

// The field a node's oneof holds; every field of PgQuery__Node is in it.
const ProtobufCFieldDescriptor* node_field(const ProtobufCMessage* msg) {
  uint32_t set = reinterpret_cast<const PgQuery__Node*>(msg)->node_case;
  return set ? protobuf_c_message_descriptor_get_field(msg->descriptor, set) : nullptr;
}

// ---- encoding ----------------------------------------------------------------

// Bytes are written last to first into a reversed buffer: a sub-message is
// complete before its length prefix is due, so no size is computed twice.
class ReverseWriter {
 public:
  explicit ReverseWriter(bool locations) : locations_(locations) {}
  size_t size() const { return bytes_.size(); }
  void varint(uint64_t v) {
    uint8_t tmp[10];
    size_t n = 0;
    do {
      tmp[n++] = uint8_t((v & 0x7f) | (v >= 0x80 ? 0x80 : 0));
      v >>= 7;
    } while (v);
    for (size_t i = n; i-- > 0;) bytes_.push_back(tmp[i]);
  }
  void raw(const void* data, size_t n) {
    const auto* p = static_cast<const uint8_t*>(data);
    bytes_.insert(bytes_.end(), std::make_reverse_iterator(p + n), std::make_reverse_iterator(p));
  }
  void tag(uint32_t id, WireType type) { varint((uint64_t(id) << 3) | type); }
  std::string finish() { return std::string(bytes_.rbegin(), bytes_.rend()); }

  void message(const ProtobufCMessage* msg) {
    if (msg->descriptor == &pg_query__node__descriptor) {
      if (const ProtobufCFieldDescriptor* f = node_field(msg)) field(*f, msg);
      return;
    }
    const ProtobufCMessageDescriptor* desc = msg->descriptor;
    for (unsigned i = desc->n_fields; i-- > 0;) field(desc->fields[i], msg);
  }

 private:
  // A scalar's value without its tag (packed arrays hold these alone).
  void value(const ProtobufCFieldDescriptor& f, const void* member) {
    switch (f.type) {
      case PROTOBUF_C_TYPE_INT32:
      case PROTOBUF_C_TYPE_ENUM: varint(uint64_t(int64_t(*static_cast<const int32_t*>(member)))); break;
      case PROTOBUF_C_TYPE_SINT32: varint(zigzag32(*static_cast<const int32_t*>(member))); break;
      case PROTOBUF_C_TYPE_UINT32: varint(*static_cast<const uint32_t*>(member)); break;
      case PROTOBUF_C_TYPE_INT64:
      case PROTOBUF_C_TYPE_UINT64: varint(*static_cast<const uint64_t*>(member)); break;
      case PROTOBUF_C_TYPE_SINT64: varint(zigzag64(*static_cast<const int64_t*>(member))); break;
      case PROTOBUF_C_TYPE_BOOL: varint(*static_cast<const protobuf_c_boolean*>(member) ? 1 : 0); break;
      case PROTOBUF_C_TYPE_SFIXED32:
      case PROTOBUF_C_TYPE_FIXED32:
      case PROTOBUF_C_TYPE_FLOAT: raw(member, 4); break;  // little-endian, as the wire
      case PROTOBUF_C_TYPE_SFIXED64:
      case PROTOBUF_C_TYPE_FIXED64:
      case PROTOBUF_C_TYPE_DOUBLE: raw(member, 8); break;
      case PROTOBUF_C_TYPE_STRING: {
        const char* s = *static_cast<const char* const*>(member);
        size_t n = s ? strlen(s) : 0;
        raw(s, n);
        varint(n);
        break;
      }
      case PROTOBUF_C_TYPE_BYTES: {
        const auto* b = static_cast<const ProtobufCBinaryData*>(member);
        raw(b->data, b->len);
        varint(b->len);
        break;
      }
      case PROTOBUF_C_TYPE_MESSAGE: {
        const auto* sub = *static_cast<const ProtobufCMessage* const*>(member);
        size_t end = size();
        if (sub) message(sub);  // a null element of a repeated field packs as empty
        varint(size() - end);
        break;
      }
    }
  }

  void single(const ProtobufCFieldDescriptor& f, const void* member) {
    value(f, member);
    tag(f.id, wire_type(f.type));
  }

  // protobuf-c's unlabeled_field_pack leaves out proto3 fields at their zero value.
  static bool zeroish(const ProtobufCFieldDescriptor& f, const void* member) {
    switch (f.type) {
      case PROTOBUF_C_TYPE_BOOL: return *static_cast<const protobuf_c_boolean*>(member) == 0;
      case PROTOBUF_C_TYPE_SINT64:
      case PROTOBUF_C_TYPE_INT64:
      case PROTOBUF_C_TYPE_UINT64:
      case PROTOBUF_C_TYPE_SFIXED64:
      case PROTOBUF_C_TYPE_FIXED64: return *static_cast<const uint64_t*>(member) == 0;
      case PROTOBUF_C_TYPE_FLOAT: return *static_cast<const float*>(member) == 0;
      case PROTOBUF_C_TYPE_DOUBLE: return *static_cast<const double*>(member) == 0;
      case PROTOBUF_C_TYPE_STRING: {
        const char* s = *static_cast<const char* const*>(member);
        return !s || !*s;
      }
      case PROTOBUF_C_TYPE_BYTES: return static_cast<const ProtobufCBinaryData*>(member)->len == 0;
      case PROTOBUF_C_TYPE_MESSAGE: return *static_cast<const void* const*>(member) == nullptr;
      default: return *static_cast<const uint32_t*>(member) == 0;
    }
  }

  static bool is_location(const ProtobufCFieldDescriptor& f) {
    return f.type == PROTOBUF_C_TYPE_INT32 && f.name[0] == 'l' && std::strcmp(f.name, "location") == 0;
  }

  void field(const ProtobufCFieldDescriptor& f, const ProtobufCMessage* msg) {
    if (!locations_ && is_location(f)) return;
    const char* base = reinterpret_cast<const char*>(msg);
    const void* member = base + f.offset;
    if (f.label == PROTOBUF_C_LABEL_REPEATED) {
      size_t n = *reinterpret_cast<const size_t*>(base + f.quantifier_offset);
      if (n == 0) return;
      const char* array = *static_cast<const char* const*>(member);
      size_t step = element_size(f.type);
      if (f.flags & PROTOBUF_C_FIELD_FLAG_PACKED) {
        size_t end = size();
        for (size_t k = n; k-- > 0;) value(f, array + k * step);
        varint(size() - end);
        tag(f.id, kLengthPrefixed);
      } else {
        for (size_t k = n; k-- > 0;) single(f, array + k * step);
      }
      return;
    }
    if (f.flags & PROTOBUF_C_FIELD_FLAG_ONEOF) {
      if (*reinterpret_cast<const uint32_t*>(base + f.quantifier_offset) != f.id) return;
      if (f.type == PROTOBUF_C_TYPE_MESSAGE || f.type == PROTOBUF_C_TYPE_STRING) {
        const void* ptr = *static_cast<const void* const*>(member);
        if (!ptr || ptr == f.default_value) return;
      }
      return single(f, member);
    }
    if (f.label != PROTOBUF_C_LABEL_NONE) throw std::logic_error("encode: only proto3 fields are supported");
    if (!zeroish(f, member)) single(f, member);
  }

  bool locations_;
  std::vector<uint8_t> bytes_;
};

// ---- decoding ----------------------------------------------------------------

struct Reader {
  const uint8_t* p;
  const uint8_t* end;

  [[noreturn]] static void bad() { throw std::logic_error("decode: malformed protobuf from libpg_query"); }
  uint64_t varint() {
    uint64_t v = 0;
    for (unsigned shift = 0; shift < 70; shift += 7) {
      if (p == end) bad();
      uint8_t b = *p++;
      v |= uint64_t(b & 0x7f) << shift;
      if (!(b & 0x80)) return v;
    }
    bad();
  }
  const uint8_t* take(size_t n) {
    if (size_t(end - p) < n) bad();
    const uint8_t* at = p;
    p += n;
    return at;
  }
  void skip(WireType type) {
    switch (type) {
      case kVarint: varint(); break;
      case kFixed64: take(8); break;
      case kFixed32: take(4); break;
      case kLengthPrefixed: take(varint()); break;
      default: bad();
    }
  }
};

bool is_scalar(ProtobufCType type) { return wire_type(type) != kLengthPrefixed; }

// Whether a message type has repeated fields (their arrays are sized by a
// first pass), cached: a Node alone has some 250 fields.
bool has_repeated(const ProtobufCMessageDescriptor* desc) {
  thread_local std::unordered_map<const ProtobufCMessageDescriptor*, bool> cache;
  auto it = cache.find(desc);
  if (it != cache.end()) return it->second;
  bool any = std::any_of(desc->fields, desc->fields + desc->n_fields,
                         [](const ProtobufCFieldDescriptor& f) { return f.label == PROTOBUF_C_LABEL_REPEATED; });
  cache.emplace(desc, any);
  return any;
}

class Decoder {
 public:
  explicit Decoder(Arena& arena) : arena_(arena) {}

  ProtobufCMessage* message(const ProtobufCMessageDescriptor* desc, const uint8_t* begin, const uint8_t* end) {
    auto* msg = static_cast<ProtobufCMessage*>(arena_.alloc(desc->sizeof_message));
    desc->message_init(msg);
    char* base = reinterpret_cast<char*>(msg);
    if (has_repeated(desc)) allocate_arrays(desc, base, begin, end);
    Reader in{begin, end};
    while (in.p != in.end) {
      uint64_t key = in.varint();
      auto type = WireType(key & 7);
      const ProtobufCFieldDescriptor* f = protobuf_c_message_descriptor_get_field(desc, unsigned(key >> 3));
      if (!f) Reader::bad();  // libpg_query writes no unknown fields
      if (f->flags & PROTOBUF_C_FIELD_FLAG_ONEOF) *reinterpret_cast<uint32_t*>(base + f->quantifier_offset) = f->id;
      if (f->label != PROTOBUF_C_LABEL_REPEATED) {
        if (type != wire_type(f->type)) Reader::bad();
        value(*f, base + f->offset, in);
        continue;
      }
      size_t& n = *reinterpret_cast<size_t*>(base + f->quantifier_offset);
      char* array = *reinterpret_cast<char**>(base + f->offset);
      size_t step = element_size(f->type);
      if (type == kLengthPrefixed && is_scalar(f->type)) {  // packed
        size_t len = in.varint();
        Reader packed{in.take(len), in.p};
        while (packed.p != packed.end) value(*f, array + step * n++, packed);
      } else {
        if (type != wire_type(f->type)) Reader::bad();
        value(*f, array + step * n++, in);
      }
    }
    return msg;
  }

 private:
  // First pass over a message's own fields: counts the elements of each
  // repeated field and gives each its array, filled by the second pass.
  void allocate_arrays(const ProtobufCMessageDescriptor* desc, char* base, const uint8_t* begin, const uint8_t* end) {
    std::vector<size_t> counts(desc->n_fields, 0);
    Reader in{begin, end};
    while (in.p != in.end) {
      uint64_t key = in.varint();
      auto type = WireType(key & 7);
      const ProtobufCFieldDescriptor* f = protobuf_c_message_descriptor_get_field(desc, unsigned(key >> 3));
      if (!f || f->label != PROTOBUF_C_LABEL_REPEATED) {
        in.skip(type);
        continue;
      }
      size_t& count = counts[size_t(f - desc->fields)];
      if (type == kLengthPrefixed && is_scalar(f->type)) {
        Reader packed{nullptr, nullptr};
        size_t len = in.varint();
        packed.p = in.take(len);
        packed.end = in.p;
        while (packed.p != packed.end) {
          packed.skip(wire_type(f->type));
          ++count;
        }
      } else {
        in.skip(type);
        ++count;
      }
    }
    for (unsigned i = 0; i < desc->n_fields; ++i) {
      if (!counts[i]) continue;
      const ProtobufCFieldDescriptor& f = desc->fields[i];
      size_t bytes = counts[i] * element_size(f.type);
      void* array = arena_.alloc(bytes);
      std::memset(array, 0, bytes);
      *reinterpret_cast<void**>(base + f.offset) = array;
    }
  }

  void value(const ProtobufCFieldDescriptor& f, void* member, Reader& in) {
    switch (f.type) {
      case PROTOBUF_C_TYPE_INT32:
      case PROTOBUF_C_TYPE_ENUM:
      case PROTOBUF_C_TYPE_UINT32: *static_cast<uint32_t*>(member) = uint32_t(in.varint()); break;
      case PROTOBUF_C_TYPE_SINT32: {
        auto v = uint32_t(in.varint());
        *static_cast<int32_t*>(member) = int32_t((v >> 1) ^ (~(v & 1) + 1));
        break;
      }
      case PROTOBUF_C_TYPE_INT64:
      case PROTOBUF_C_TYPE_UINT64: *static_cast<uint64_t*>(member) = in.varint(); break;
      case PROTOBUF_C_TYPE_SINT64: {
        uint64_t v = in.varint();
        *static_cast<int64_t*>(member) = int64_t((v >> 1) ^ (~(v & 1) + 1));
        break;
      }
      case PROTOBUF_C_TYPE_BOOL: *static_cast<protobuf_c_boolean*>(member) = in.varint() != 0; break;
      case PROTOBUF_C_TYPE_SFIXED32:
      case PROTOBUF_C_TYPE_FIXED32:
      case PROTOBUF_C_TYPE_FLOAT: std::memcpy(member, in.take(4), 4); break;
      case PROTOBUF_C_TYPE_SFIXED64:
      case PROTOBUF_C_TYPE_FIXED64:
      case PROTOBUF_C_TYPE_DOUBLE: std::memcpy(member, in.take(8), 8); break;
      case PROTOBUF_C_TYPE_STRING: {
        size_t len = in.varint();
        const uint8_t* at = in.take(len);
        char* s = static_cast<char*>(arena_.alloc(len + 1));
        std::memcpy(s, at, len);
        s[len] = '\0';
        *static_cast<char**>(member) = s;
        break;
      }
      case PROTOBUF_C_TYPE_BYTES: {
        size_t len = in.varint();
        const uint8_t* at = in.take(len);
        auto* b = static_cast<ProtobufCBinaryData*>(member);
        b->len = len;
        b->data = static_cast<uint8_t*>(arena_.alloc(len ? len : 1));
        std::memcpy(b->data, at, len);
        break;
      }
      case PROTOBUF_C_TYPE_MESSAGE: {
        size_t len = in.varint();
        const uint8_t* at = in.take(len);
        *static_cast<ProtobufCMessage**>(member) =
            message(static_cast<const ProtobufCMessageDescriptor*>(f.descriptor), at, at + len);
        break;
      }
    }
  }

  Arena& arena_;
};

}  // namespace

std::string encode(const ProtobufCMessage* msg) {
  ReverseWriter out(true);
  out.message(msg);
  return out.finish();
}

std::string encode_without_locations(const ProtobufCMessage* msg) {
  ReverseWriter out(false);
  out.message(msg);
  return out.finish();
}

ProtobufCMessage* decode(const ProtobufCMessageDescriptor* desc, const uint8_t* data, size_t length, Arena& arena) {
  return Decoder(arena).message(desc, data, data + length);
}

}  // namespace shale::pgsql
