// libpg_query's JSON parse tree (pg_query_parse) read into the protobuf-c
// structs the rest of shale uses.
//
// pg_query_parse_protobuf spends most of its time not parsing but packing
// the tree with protobuf-c's runtime (which visits all ~250 fields of every
// node, several times): on the bench's schemas, 9 instructions of 10. Its
// JSON output carries the same tree, generated from the same node
// definitions, at a third of the cost. read_json_tree() builds the very
// message that decoding the protobuf output gives (tests/unit/wire_test.cpp
// compares the two on the PostgreSQL case corpus).
#pragma once
#include <pg_query/pg_query.pb-c.h>

#include <cstddef>
#include <string>

namespace shale::pgsql {

class Arena;

// Whether the JSON tree of `sql` is exact. libpg_query 15-4's JSON writes an
// Integer node's value only when it is positive, so a negative one reads
// back as 0. The grammar makes negative Integers only of a minus sign (-1,
// INCREMENT BY -2) and of array bounds without a size (int[], int ARRAY):
// text with none of these characters or words is exact.
bool json_tree_is_exact(const std::string& sql);

// Throws std::logic_error on JSON libpg_query would not write.
PgQuery__ParseResult* read_json_tree(const char* json, size_t length, Arena& arena);

}  // namespace shale::pgsql
