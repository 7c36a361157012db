#include "pg_test_db.hpp"

#include <cstdlib>
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

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::stringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

}  // namespace shale::testing
