#include "migrate/directory.hpp"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>

#include "migrate/sha256.hpp"
#include "util/error.hpp"

namespace shale::migrate {

namespace {
const std::string kUpSuffix = ".up.sql", kDownSuffix = ".down.sql";
bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() > suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}
}  // namespace

bool is_up_file(const std::string& path) { return ends_with(path, kUpSuffix); }
bool is_down_file(const std::string& path) { return ends_with(path, kDownSuffix); }
std::string down_file_of(const std::string& up_path) {
  return up_path.substr(0, up_path.size() - kUpSuffix.size()) + kDownSuffix;
}
std::string up_file_of(const std::string& down_path) {
  return down_path.substr(0, down_path.size() - kDownSuffix.size()) + kUpSuffix;
}

namespace fs = std::filesystem;

namespace {
const std::regex kFileName(R"(([0-9]{14})_([a-z][a-z0-9_]*)\.(up|down)\.sql)");

}  // namespace

std::string version_after(const std::string& version) {
  std::tm tm{};
  tm.tm_year = std::stoi(version.substr(0, 4)) - 1900;
  tm.tm_mon = std::stoi(version.substr(4, 2)) - 1;
  tm.tm_mday = std::stoi(version.substr(6, 2));
  tm.tm_hour = std::stoi(version.substr(8, 2));
  tm.tm_min = std::stoi(version.substr(10, 2));
  tm.tm_sec = std::stoi(version.substr(12, 2)) + 1;
  time_t t = timegm(&tm);
  std::tm out{};
  gmtime_r(&t, &out);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y%m%d%H%M%S", &out);
  return buf;
}

std::string read_text_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw UserError("cannot read " + path, SourcePos{path});
  std::stringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

void write_file_atomically(const std::string& path, const std::string& text, bool exclusive) {
  if (exclusive && fs::exists(path)) throw UserError("refusing to overwrite existing file " + path, SourcePos{path});
  std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out << text;
    out.flush();
    if (!out) throw UserError("cannot write " + tmp, SourcePos{tmp});
  }
  fs::rename(tmp, path);
}

void check_migration_name(const std::string& name) {
  static const std::regex snake("[a-z][a-z0-9_]*");
  if (!std::regex_match(name, snake))
    throw UserError("migration name \"" + name + "\" must be lower snake case: a letter, then a-z, 0-9 or _");
}

std::vector<Migration> Directory::migrations() const {
  std::error_code ec;
  if (!fs::is_directory(path_, ec))
    throw UserError("migration directory " + path_ + " does not exist", SourcePos{path_});
  std::map<std::string, Migration> by_version;
  for (const auto& entry : fs::directory_iterator(path_)) {
    std::string file = entry.path().filename().string();
    if (!entry.is_regular_file() || file == "shale.sum" || file.size() < 4 || file.substr(file.size() - 4) != ".sql")
      continue;
    std::smatch m;
    if (!std::regex_match(file, m, kFileName))
      throw UserError("migration file name must be <YYYYMMDDHHMMSS>_<lower_snake_name>.(up|down).sql",
                      SourcePos{entry.path().string()});
    Migration& mig = by_version[m[1]];
    if (!mig.name.empty() && mig.name != m[2])
      throw UserError(
          "version " + std::string(m[1]) + " is used by two migrations (" + mig.name + ", " + std::string(m[2]) + ")",
          SourcePos{entry.path().string()});
    mig.version = m[1];
    mig.name = m[2];
    (m[3] == "up" ? mig.up_path : mig.down_path) = entry.path().string();
  }
  std::vector<Migration> out;
  for (auto& [version, mig] : by_version) {
    if (mig.up_path.empty())
      throw UserError("migration " + mig.id() + " has a down file but no up file", SourcePos{mig.down_path});
    out.push_back(mig);
  }
  return out;
}

std::string Directory::sum_text() const {
  std::vector<std::string> files;
  for (const auto& m : migrations()) {
    files.push_back(m.up_path);
    if (!m.down_path.empty()) files.push_back(m.down_path);
  }
  std::sort(files.begin(), files.end(),
            [](const std::string& a, const std::string& b) { return fs::path(a).filename() < fs::path(b).filename(); });
  std::string body;
  for (const auto& f : files) body += fs::path(f).filename().string() + " " + sha256_hex(read_text_file(f)) + "\n";
  return "total " + sha256_hex(body) + "\n" + body;
}

void Directory::write_sum() const {
  write_file_atomically((fs::path(path_) / "shale.sum").string(), sum_text(), false);
}

void Directory::verify_sum() const {
  std::string sum_path = (fs::path(path_) / "shale.sum").string();
  std::string expected = sum_text();
  if (!fs::exists(sum_path)) {
    if (migrations().empty()) return;
    throw UserError("shale.sum is missing; run `shale hash` after checking the migrations", SourcePos{sum_path});
  }
  std::string actual = read_text_file(sum_path);
  if (actual == expected) return;
  // Name the first file that differs.
  auto lines = [](const std::string& text) {
    std::map<std::string, std::string> out;
    std::istringstream in(text);
    std::string file, hash;
    while (in >> file >> hash)
      if (file != "total") out[file] = hash;
    return out;
  };
  auto want = lines(expected), have = lines(actual);
  for (const auto& [file, hash] : want) {
    auto it = have.find(file);
    std::string path = (fs::path(path_) / file).string();
    if (it == have.end())
      throw UserError("migration file " + file +
                          " is not in shale.sum (added without `shale diff`, or a merge of two "
                          "branches that both added migrations); check it, then run `shale hash`",
                      SourcePos{path});
    if (it->second != hash)
      throw UserError("migration file " + file +
                          " does not match shale.sum (edited after it was written); "
                          "run `shale hash` if the edit is deliberate",
                      SourcePos{path});
  }
  for (const auto& [file, hash] : have)
    if (!want.count(file))
      throw UserError("migration file " + file +
                          " is listed in shale.sum but missing; if it was removed on purpose, "
                          "run `shale hash`",
                      SourcePos{sum_path});
  throw UserError("shale.sum is corrupt; run `shale hash`", SourcePos{sum_path});
}

std::string Directory::next_version(const std::string& now_utc) const {
  std::string latest;
  std::error_code ec;
  if (fs::is_directory(path_, ec))
    for (const auto& m : migrations()) latest = std::max(latest, m.version);
  return latest.empty() || now_utc > latest ? now_utc : version_after(latest);
}

Directives read_directives(const std::string& text) {
  Directives d;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    size_t start = line.find_first_not_of(" \t\r");
    if (start == std::string::npos) continue;
    if (line.compare(start, 2, "--") != 0) break;  // directives lead the file
    if (line.find("shale:no-transaction", start) != std::string::npos) d.no_transaction = true;
    if (line.find("shale:irreversible", start) != std::string::npos) d.irreversible = true;
  }
  return d;
}

std::string utc_version_now() {
  time_t t = time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y%m%d%H%M%S", &tm);
  return buf;
}

}  // namespace shale::migrate
