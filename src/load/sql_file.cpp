#include "load/sql_file.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "util/error.hpp"

namespace shale::load {

std::vector<SqlFile> read_sql_path(const std::string& path) {
  namespace fs = std::filesystem;
  std::vector<std::string> paths;
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    for (auto it = fs::recursive_directory_iterator(path, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec))
      if (it->is_regular_file() && it->path().extension() == ".sql") paths.push_back(it->path().string());
    std::sort(paths.begin(), paths.end());
  } else if (fs::is_regular_file(path, ec)) {
    paths.push_back(path);
  } else {
    throw UserError("cannot read " + path + ": no such file or directory", SourcePos{path});
  }
  std::vector<SqlFile> files;
  for (const auto& p : paths) {
    std::ifstream in(p, std::ios::binary);
    if (!in) throw UserError("cannot read " + p, SourcePos{p});
    std::stringstream buf;
    buf << in.rdbuf();
    files.push_back(SqlFile{p, buf.str()});
  }
  return files;
}

}  // namespace shale::load
