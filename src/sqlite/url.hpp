#pragma once
#include <string>

namespace shale::sqlite {

// sqlite://relative/path.db → "relative/path.db"; sqlite:///abs.db → "/abs.db".
inline bool is_sqlite_url(const std::string& url) { return url.rfind("sqlite://", 0) == 0; }
inline std::string path_from_url(const std::string& url) { return url.substr(9); }

}  // namespace shale::sqlite
