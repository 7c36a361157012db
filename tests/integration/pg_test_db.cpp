#include "pg_test_db.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <pqxx/pqxx>
#include <sstream>

namespace shale::testing {

std::string cluster_url_or_exit() {
  const char* url = std::getenv("SHALE_TEST_PG_URL");
  if (url && *url) return url;
  const char* ci = std::getenv("CI");
  bool in_ci = ci && std::string(ci) == "true";
  std::cerr << "SHALE_TEST_PG_URL is not set: run the tests with scripts/test, which starts PostgreSQL\n";
  std::exit(in_ci ? 1 : 77);
}

TestDatabase::TestDatabase(const std::string& cluster_url, const std::string& name)
    : admin_url_(cluster_url), name_(name) {
  pqxx::connection admin(admin_url_);
  pqxx::nontransaction tx(admin);
  tx.exec("DROP DATABASE IF EXISTS " + tx.quote_name(name_) + " WITH (FORCE)");
  tx.exec("CREATE DATABASE " + tx.quote_name(name_) + " TEMPLATE template0");
  url_ = admin_url_.substr(0, admin_url_.rfind('/') + 1) + name_;
}

TestDatabase::~TestDatabase() {
  try {
    pqxx::connection admin(admin_url_);
    pqxx::nontransaction tx(admin);
    tx.exec("DROP DATABASE IF EXISTS " + tx.quote_name(name_) + " WITH (FORCE)");
  } catch (...) {
  }
}

void TestDatabase::execute(const std::string& sql) const {
  pqxx::connection conn(url_);
  pqxx::work tx(conn);
  tx.exec(sql);
  tx.commit();
}

void TestDatabase::execute_outside_transaction(const std::string& sql) const {
  pqxx::connection conn(url_);
  pqxx::nontransaction tx(conn);
  tx.exec(sql);
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::stringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

std::string scalar(const std::string& url, const std::string& sql) {
  pqxx::connection c(url);
  pqxx::work tx(c);
  auto r = tx.exec(sql);
  return r[0][0].is_null() ? "NULL" : r[0][0].c_str();
}

std::vector<std::string> files_in(const std::string& dir, const std::string& suffix) {
  std::vector<std::string> out;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    std::string n = e.path().filename().string();
    if (n.size() > suffix.size() && n.compare(n.size() - suffix.size(), suffix.size(), suffix) == 0)
      out.push_back(e.path().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace shale::testing
