#include "sqlite/affinity.hpp"

#include "sqlite/tokens.hpp"

namespace shale::sqlite {

Affinity affinity_of(const std::string& declared_type) {
  std::string t = fold_case(declared_type);
  auto has = [&](const char* part) { return t.find(part) != std::string::npos; };
  if (has("int")) return Affinity::integer;
  if (has("char") || has("clob") || has("text")) return Affinity::text;
  if (has("blob") || t.find_first_not_of(" \t") == std::string::npos) return Affinity::blob;
  if (has("real") || has("floa") || has("doub")) return Affinity::real;
  return Affinity::numeric;
}

}  // namespace shale::sqlite
