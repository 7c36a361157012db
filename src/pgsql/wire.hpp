// libpg_query's trees to and from the protobuf wire format, in time linear in
// the tree.
//
// protobuf-c's runtime is far slower on these trees than their size suggests:
// a PgQuery__Node is a oneof of some 250 message fields, and protobuf-c visits
// every field of every node (to size it, to pack it, to unpack it), and its
// pack moves each sub-message's bytes once per level of nesting. The profile
// of a 5,000-table offline plan spent more instructions there than anywhere
// else. This codec goes straight to a node's one set member and writes the
// bytes back to front, so that every length is known when it is written.
//
// encode() writes exactly the bytes protobuf_c_message_pack writes, and
// decode() builds exactly the message protobuf_c_message_unpack builds
// (tests/unit/wire_test.cpp checks both against protobuf-c), so canonical
// forms — packed trees — are unchanged.
#pragma once
#include <protobuf-c/protobuf-c.h>

#include <cstddef>
#include <cstdint>
#include <string>

namespace shale::pgsql {

class Arena;

// The bytes protobuf_c_message_pack(msg) writes. Only proto3 fields (and
// oneofs and repeated fields), which is all libpg_query's schema has.
std::string encode(const ProtobufCMessage* msg);

// encode() without the `location` fields (source offsets): equal for trees
// that differ only in where their text was, as repeated definitions do.
std::string encode_without_locations(const ProtobufCMessage* msg);

// The message protobuf_c_message_unpack(desc, …) reads from these bytes,
// allocated in `arena`. Throws std::logic_error on bytes protobuf-c would
// refuse (libpg_query never writes them).
ProtobufCMessage* decode(const ProtobufCMessageDescriptor* desc, const uint8_t* data, size_t length, Arena& arena);

}  // namespace shale::pgsql
