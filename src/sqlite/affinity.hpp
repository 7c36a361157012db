// SQLite's type affinity of a declared column type
// (https://www.sqlite.org/datatype3.html#determination_of_column_affinity).
// Outside STRICT tables the declared type matters only through its affinity:
// TEXT and VARCHAR(16) store and compare values the same way.
#pragma once
#include <string>

namespace shale::sqlite {

enum class Affinity { integer, text, blob, real, numeric };

// The rules in SQLite's order: "INT" → INTEGER; "CHAR", "CLOB" or "TEXT" →
// TEXT; "BLOB" or no type → BLOB; "REAL", "FLOA" or "DOUB" → REAL; else NUMERIC.
Affinity affinity_of(const std::string& declared_type);

}  // namespace shale::sqlite
