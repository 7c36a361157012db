// PostgreSQL's names for unnamed constraints, indexes and serial sequences,
// so that the interpreter names objects exactly as the server will
// (src/backend/commands/indexcmds.c makeObjectName, ChooseRelationName;
//  src/backend/catalog/pg_constraint.c ChooseConstraintName).
#pragma once
#include <functional>
#include <string>
#include <vector>

namespace shale::load::pg_sql {

// name1[_name2][_label], truncated to 63 bytes the way makeObjectName does:
// the longer of name1/name2 loses characters first; the label never does.
std::string make_object_name(const std::string& name1, const std::string& name2, const std::string& label);

// The first of name1_name2_label, name1_name2_label1, … for which `taken`
// returns false.
std::string choose_name(const std::string& name1, const std::string& name2, const std::string& label,
                        const std::function<bool(const std::string&)>& taken);

// Column names joined by '_' as ChooseForeignKeyConstraintNameAddition and
// ChooseIndexNameAddition join them (stopping once the result is a full name).
std::string join_column_names(const std::vector<std::string>& columns);

}  // namespace shale::load::pg_sql
