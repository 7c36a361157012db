#include "pgsql/sequence_rules.hpp"

#include "pgsql/type_names.hpp"

namespace shale::pgsql {

int64_t integer_type_min(const std::string& canonical) {
  if (canonical == "smallint") return -32768;
  if (canonical == "integer") return -2147483648LL;
  return INT64_MIN;
}

bool is_sequence_type(const std::string& t) { return t == "smallint" || t == "integer" || t == "bigint"; }

int64_t default_min(const std::string& type, int64_t increment) { return increment > 0 ? 1 : integer_type_min(type); }
int64_t default_max(const std::string& type, int64_t increment) { return increment > 0 ? integer_type_max(type) : -1; }
int64_t default_start(const model::SequenceOptions& o) { return o.increment > 0 ? o.min : o.max; }

std::string sequence_options_error(const model::SequenceOptions& o) {
  auto n = [](int64_t v) { return std::to_string(v); };
  if (!is_sequence_type(o.type)) return "sequence type must be smallint, integer, or bigint";
  if (o.increment == 0) return "INCREMENT must not be zero";
  if (o.max > integer_type_max(o.type) || o.max < integer_type_min(o.type))
    return "MAXVALUE (" + n(o.max) + ") is out of range for sequence data type " + o.type;
  if (o.min > integer_type_max(o.type) || o.min < integer_type_min(o.type))
    return "MINVALUE (" + n(o.min) + ") is out of range for sequence data type " + o.type;
  if (o.min >= o.max) return "MINVALUE (" + n(o.min) + ") must be less than MAXVALUE (" + n(o.max) + ")";
  if (o.start < o.min) return "START value (" + n(o.start) + ") cannot be less than MINVALUE (" + n(o.min) + ")";
  if (o.start > o.max) return "START value (" + n(o.start) + ") cannot be greater than MAXVALUE (" + n(o.max) + ")";
  if (o.cache <= 0) return "CACHE (" + n(o.cache) + ") must be greater than zero";
  return "";
}

}  // namespace shale::pgsql
